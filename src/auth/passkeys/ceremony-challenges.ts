// One-time challenges of the passkey ceremonies: 256 random bits, issued for one ceremony and one
// subject (the member registering, or the browser signing in), expiring with the ceremony.
import type { Db } from '../../db/client';
import { issuePasskeyChallenge, takePasskeyChallenge } from '../../db/passkeys';
import { hashToken, newSecretToken } from '../tokens';
import { parseClientData } from './client-data';
import { fail } from './passkey-error';
import { CEREMONY_TIMEOUT_MS } from './registration';

export type Ceremony = 'registration' | 'authentication';

/** The subject of a registration: the signed-in member. */
export function memberSubject(memberId: string): string {
  return `member:${memberId}`;
}

/** The subject of a sign-in: the browser, by the hash of its pre-session form token. */
export async function browserSubject(formToken: string): Promise<string> {
  return `browser:${await hashToken(formToken)}`;
}

/** Issues a challenge (base64url) for `ceremony` and `subject`. */
export async function issueChallenge(
  db: Db,
  ceremony: Ceremony,
  subject: string,
  now: Date,
): Promise<string> {
  const challenge = newSecretToken();
  const expiresAt = new Date(now.getTime() + CEREMONY_TIMEOUT_MS);

  await issuePasskeyChallenge(db, { challenge, ceremony, subject, createdAt: now, expiresAt });
  return challenge;
}

/**
 * Uses the challenge the client data names: it must have been issued for this ceremony and
 * subject, be unexpired and unused. Returns it, for the checks that follow.
 */
export async function useChallenge(
  db: Db,
  clientDataJSON: Uint8Array,
  wanted: { ceremony: Ceremony; subject: string },
  now: Date,
): Promise<string> {
  const { challenge } = parseClientData(clientDataJSON);

  if (!(await takePasskeyChallenge(db, { challenge, ...wanted }, now))) {
    fail('challenge_invalid', 'The challenge is unknown, used, expired or not for this ceremony.');
  }
  return challenge;
}
