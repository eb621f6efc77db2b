// Open Badges 2.0 assertions, and 1.1, 1.0 and 0.5 ones read into the 2.0 shape: hosted badges
// fetched from their own address, signed badges (JWS) checked against the issuer's listed keys.
import type { VerifyContext } from '../context';
import type { ParsedCredential } from '../input/read';
import type { VerificationReport } from '../report/types';
import { verifyHostedAssertion } from './hosted-flow';
import { verifySignedAssertion } from './signed-flow';
import { verifyUnverifiable } from './unverifiable';
import { upgradeAssertion, verificationType } from './upgrade';
import { versionOf } from './version';

/**
 * Verifies an Open Badges assertion. A compact JWS is a signed badge; JSON is a hosted badge,
 * whose copy is trusted only for its id (the issuer's copy is fetched and verified instead).
 * Open Badges 0.5, and signed badges given without their signature, are never `valid`.
 * Never throws; the verdict comes from the report's one rule.
 */
export async function verifyOpenBadge2(
  parsed: ParsedCredential,
  ctx: VerifyContext,
): Promise<VerificationReport> {
  if (parsed.form === 'jwt') return verifySignedAssertion(parsed.token, ctx);

  const given = parsed.value;
  const version = versionOf(given);
  if (version === '0.5') return verifyUnverifiable(given, version, ctx);

  const signed = verificationType(upgradeAssertion(given, version)) === 'signed';
  if (signed) return verifyUnverifiable(given, version, ctx);

  return verifyHostedAssertion(given, version, ctx);
}
