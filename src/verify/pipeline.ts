// Sends a parsed input to the verifier for its kind and gives nested verifications the same way in.
import type { VerifyContext } from './context';
import { type ParsedCredential, readJson, readText } from './input/read';
import { verifyOpenBadge2 } from './ob2';
import { verifyPresentation } from './presentation';
import { buildReport } from './report/build';
import type { VerificationReport } from './report/types';
import { routeOf } from './route';
import { verifyW3cCredential } from './vc/verify-credential';

export type PipelineOptions = Omit<VerifyContext, 'verifyNested'>;

/** Nested credentials are verified as credentials in their own right, one level deeper. */
function nestedVerifier(options: PipelineOptions): VerifyContext['verifyNested'] {
  return async (value) => {
    const read = typeof value === 'string' ? readText(value) : readJson(value);
    if (!read.ok) return buildReport([read.check], null, options.now);

    return verifyParsed(read.value, { ...options, depth: options.depth + 1, viaLink: false });
  };
}

/** Verifies a parsed credential or presentation. `depth` counts nested verifications. */
export async function verifyParsed(
  parsed: ParsedCredential,
  options: PipelineOptions,
): Promise<VerificationReport> {
  const ctx: VerifyContext = { ...options, verifyNested: nestedVerifier(options) };

  switch (routeOf(parsed)) {
    case 'presentation':
      return verifyPresentation(parsed, ctx);
    case 'open-badges-2':
      return verifyOpenBadge2(parsed, ctx);
    default:
      return verifyW3cCredential(parsed, ctx);
  }
}
