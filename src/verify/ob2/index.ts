// Open Badges 2.0 (and 1.x, 0.5) assertions: not verified yet. The report says so and is never valid.
import type { VerifyContext } from '../context';
import type { ParsedCredential } from '../input/read';
import { buildReport } from '../report/build';
import { check } from '../report/check';
import type { VerificationReport } from '../report/types';

export async function verifyOpenBadge2(
  _parsed: ParsedCredential,
  ctx: VerifyContext,
): Promise<VerificationReport> {
  const message = 'Open Badges 2.0 assertions cannot be checked yet.';
  const unsupported = check('proof', 'unknown', 'format_unsupported', message);
  return buildReport([unsupported], null, ctx.now);
}
