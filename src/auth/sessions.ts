// Sessions: `signIn` makes a fresh one for a verified member (whatever verified them: a
// password, a passkey, an Access JWT); `sessionAccess` turns a cookie token back into access.
import type { Db } from '../db/client';
import { findLiveSession, replaceSession } from '../db/sessions';
import { type MemberAccess, memberAccess } from './access';
import { hashToken, isSecretToken, newSecretToken } from './tokens';

/** How long a session lasts from sign-in. There is no sliding renewal: sign in again after. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** A new session: the token for the cookie (never stored), its CSRF token and its expiry. */
export interface SessionGrant {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Creates a session for a member who has just been verified. The session token the browser
 * presented, if any, is deleted in the same batch: a token planted before sign-in (session
 * fixation) never becomes a signed-in session.
 */
export async function signIn(
  db: Db,
  memberId: string,
  now: Date,
  presentedToken: string | null,
): Promise<SessionGrant> {
  const token = newSecretToken();
  const csrfToken = newSecretToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  const presentedHash = presentedToken ? await hashToken(presentedToken) : null;

  const row = { tokenHash: await hashToken(token), memberId, csrfToken, createdAt: now, expiresAt };
  await replaceSession(db, row, presentedHash);
  return { token, csrfToken, expiresAt };
}

/** The member a session cookie's token stands for, while the session lives; otherwise null. */
export async function sessionAccess(
  db: Db,
  token: string,
  now: Date,
): Promise<MemberAccess | null> {
  if (!isSecretToken(token)) return null;

  const tokenHash = await hashToken(token);
  const live = await findLiveSession(db, tokenHash, now);
  if (!live) return null;

  const { member, organisationName, session } = live;
  return memberAccess(db, member, organisationName, { tokenHash, csrfToken: session.csrfToken });
}
