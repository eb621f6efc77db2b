// Sessions: a row per signed-in browser, found by the SHA-256 of its cookie token. Sign-in
// replaces the presented session with a new one; sign-out deletes one, or all of a member's.
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from './client';
import type { MemberSummary } from './members';
import { members, organisations, type SessionRow, sessions } from './schema';

/** A live session with its member and the member's organisation. */
export interface LiveSession {
  session: SessionRow;
  member: MemberSummary;
  organisationName: string;
}

/**
 * Stores a new session and, in the same batch, deletes the one the browser presented (if any),
 * so a token known before sign-in is worthless after it.
 */
export async function replaceSession(db: Db, session: SessionRow, presentedHash: string | null) {
  const insert = db.insert(sessions).values(session);
  if (!presentedHash) {
    await insert;
    return;
  }

  await db.batch([db.delete(sessions).where(eq(sessions.tokenHash, presentedHash)), insert]);
}

/** The live session with this token hash, with its member and organisation. */
export async function findLiveSession(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<LiveSession | undefined> {
  const row = await db
    .select({
      session: sessions,
      member: {
        id: members.id,
        organisationId: members.organisationId,
        email: members.email,
        name: members.name,
        role: members.role,
        createdAt: members.createdAt,
      },
      organisationName: organisations.name,
    })
    .from(sessions)
    .innerJoin(members, eq(members.id, sessions.memberId))
    .innerJoin(organisations, eq(organisations.id, members.organisationId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .get();

  return row;
}

/** Ends one session. */
export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a member ("sign out everywhere"); returns how many there were. */
export async function deleteMemberSessions(db: Db, memberId: string): Promise<number> {
  const result = await db.delete(sessions).where(eq(sessions.memberId, memberId));

  return result.meta.changes;
}
