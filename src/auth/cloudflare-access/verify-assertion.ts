// Verifies a `Cf-Access-Jwt-Assertion`: an RS256 JWT signed by one of the team's keys, issued by
// the team domain, for this application's audience, and current. Only then is its email used.
import { decodeJwt, errors, jwtVerify } from 'jose';
import type { DocumentFetcher } from '../../fetch/types';
import type { AccessSettings } from './access-settings';
import { teamKeys } from './team-keys';

/** Far above a real Access token; a larger header is refused unread. */
const MAX_ASSERTION_LENGTH = 8 * 1024;

/** The verified email (null in a token without one, such as a service token's), or why not. */
export type AccessAssertion =
  | { ok: true; email: string | null }
  | { ok: false; reason: string; claimedEmail: string | null };

/** The email a token claims before verification: only to name whom a failure concerns. */
function claimedEmail(token: string): string | null {
  try {
    const { email } = decodeJwt(token);
    return typeof email === 'string' ? email : null;
  } catch {
    return null;
  }
}

/** Verifies the assertion with the team's keys at `now`; throws only when they are unavailable. */
export async function verifyAccessAssertion(
  token: string,
  settings: AccessSettings,
  deps: { fetcher: DocumentFetcher; now: Date },
): Promise<AccessAssertion> {
  if (token.length > MAX_ASSERTION_LENGTH) {
    return { ok: false, reason: 'too_large', claimedEmail: null };
  }

  const keys = await teamKeys(deps.fetcher, settings.teamDomain);
  try {
    const { payload } = await jwtVerify(token, keys, {
      issuer: settings.teamDomain,
      audience: settings.audience,
      algorithms: ['RS256'],
      requiredClaims: ['exp'],
      currentDate: deps.now,
    });
    return { ok: true, email: typeof payload.email === 'string' ? payload.email : null };
  } catch (error) {
    if (!(error instanceof errors.JOSEError)) throw error;
    return { ok: false, reason: error.code, claimedEmail: claimedEmail(token) };
  }
}
