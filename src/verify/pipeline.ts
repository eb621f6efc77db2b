// The order of checks for one parsed credential. Each step lives in its own module.
import type { VerifyContext } from './context';
import type { ParsedCredential } from './input/read';
import { buildReport } from './report/build';
import { check } from './report/check';
import type { VerificationReport } from './report/types';

export interface PipelineOptions extends Omit<VerifyContext, 'verifyNested'> {}

export async function verifyParsed(
  parsed: ParsedCredential,
  options: PipelineOptions,
): Promise<VerificationReport> {
  const unsupported = check(
    'proof',
    'failed',
    'not_implemented',
    `${parsed.form} is not verified yet.`,
  );
  return buildReport([unsupported], null, options.now);
}
