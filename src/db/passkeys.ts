// Passkeys and their ceremony challenges. A member's passkeys are read and changed through an
// `OrgScope`; the two lookups sign-in needs before anyone is authenticated are marked as such.
import { and, desc, eq, getTableColumns, gt, lte } from 'drizzle-orm';
import type { Db } from './client';
import type { MemberSummary } from './members';
import { inScope, type OrgScope, scopedOrganisationId } from './org-scope';
import {
  members,
  organisations,
  type PasskeyChallengeRow,
  type PasskeyRow,
  passkeyChallenges,
  passkeys,
} from './schema';

/** A passkey as the account page shows it: never the key itself. */
export type PasskeySummary = Omit<PasskeyRow, 'publicKey' | 'organisationId'>;

/** A passkey found at sign-in, with its member and the member's organisation. */
export interface PasskeyOwner {
  passkey: PasskeyRow;
  member: MemberSummary;
  organisationName: string;
}

const { publicKey: _key, organisationId: _org, ...SUMMARY } = getTableColumns(passkeys);

/**
 * Stores a new challenge and, in the same batch, deletes every challenge that has expired, so
 * the table holds only challenges of ceremonies still under way.
 */
export async function issuePasskeyChallenge(db: Db, row: PasskeyChallengeRow) {
  await db.batch([
    db.delete(passkeyChallenges).where(lte(passkeyChallenges.expiresAt, row.createdAt)),
    db.insert(passkeyChallenges).values(row),
  ]);
}

/**
 * Uses a challenge: deletes it if it was issued for this ceremony and subject and has not
 * expired, in one statement, and says whether it did. A second use finds nothing.
 */
export async function takePasskeyChallenge(
  db: Db,
  wanted: Pick<PasskeyChallengeRow, 'challenge' | 'ceremony' | 'subject'>,
  now: Date,
): Promise<boolean> {
  const usable = and(
    eq(passkeyChallenges.challenge, wanted.challenge),
    eq(passkeyChallenges.ceremony, wanted.ceremony),
    eq(passkeyChallenges.subject, wanted.subject),
    gt(passkeyChallenges.expiresAt, now),
  );
  const taken = await db
    .delete(passkeyChallenges)
    .where(usable)
    .returning({ challenge: passkeyChallenges.challenge })
    .get();

  return taken !== undefined;
}

/** Stores a member's new passkey; false when the credential id is already registered. */
export async function insertPasskey(
  scope: OrgScope,
  row: Omit<PasskeyRow, 'organisationId' | 'lastUsedAt'>,
): Promise<boolean> {
  const organisationId = scopedOrganisationId(scope);
  const result = await scope.db
    .insert(passkeys)
    .values({ ...row, organisationId, lastUsedAt: null })
    .onConflictDoNothing();

  return result.meta.changes > 0;
}

function memberPasskeys(scope: OrgScope, memberId: string) {
  return and(inScope(scope, passkeys.organisationId), eq(passkeys.memberId, memberId));
}

/** A member's passkeys, newest first. */
export async function listPasskeys(scope: OrgScope, memberId: string): Promise<PasskeySummary[]> {
  return scope.db
    .select(SUMMARY)
    .from(passkeys)
    .where(memberPasskeys(scope, memberId))
    .orderBy(desc(passkeys.createdAt))
    .all();
}

/** Removes one of a member's passkeys; the removed passkey, or undefined for no such one. */
export async function deletePasskey(
  scope: OrgScope,
  memberId: string,
  id: string,
): Promise<PasskeySummary | undefined> {
  return scope.db
    .delete(passkeys)
    .where(and(memberPasskeys(scope, memberId), eq(passkeys.id, id)))
    .returning(SUMMARY)
    .get();
}

/** Sign-in only: the passkey with this credential id, with its member and organisation. */
export async function findPasskeyOwner(
  db: Db,
  credentialId: string,
): Promise<PasskeyOwner | undefined> {
  return db
    .select({
      passkey: passkeys,
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
    .from(passkeys)
    .innerJoin(members, eq(members.id, passkeys.memberId))
    .innerJoin(organisations, eq(organisations.id, members.organisationId))
    .where(eq(passkeys.credentialId, credentialId))
    .get();
}

/**
 * Sign-in only: records a verified use. The update applies only while the counter is still the
 * one that was checked, so two sign-ins racing with one counter value cannot both succeed.
 */
export async function recordPasskeyUse(
  db: Db,
  passkey: Pick<PasskeyRow, 'id' | 'signCount'>,
  use: { signCount: number; backedUp: boolean; usedAt: Date },
): Promise<boolean> {
  const result = await db
    .update(passkeys)
    .set({ signCount: use.signCount, backedUp: use.backedUp, lastUsedAt: use.usedAt })
    .where(and(eq(passkeys.id, passkey.id), eq(passkeys.signCount, passkey.signCount)));

  return result.meta.changes > 0;
}
