// Invitations: the organisation creates, lists and revokes them; the holder of a link finds a
// live one by its token's hash and accepts it, which creates the member in the same statement.
import { and, asc, eq, getTableColumns, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from './client';
import { inScope, type OrgScope, scopedOrganisationId } from './org-scope';
import { type InvitationRow, invitations, members, organisations } from './schema';

/** An invitation as the organisation's pages show it: never the token's hash. */
export type InvitationSummary = Omit<InvitationRow, 'tokenHash'>;

/** A live invitation found by its link, with the name of the organisation it is for. */
export interface LiveInvitation {
  id: string;
  email: string;
  role: InvitationRow['role'];
  organisationId: string;
  organisationName: string;
}

/** The member an accepted invitation creates; email, role and organisation come from it. */
export interface Invitee {
  memberId: string;
  name: string;
  passwordHash: string;
}

function live(now: Date) {
  return and(
    isNull(invitations.acceptedAt),
    isNull(invitations.revokedAt),
    gt(invitations.expiresAt, now),
  );
}

/** Stores a new invitation for the scope's organisation. */
export async function createInvitation(
  scope: OrgScope,
  invitation: Omit<InvitationRow, 'organisationId' | 'acceptedAt' | 'revokedAt'>,
) {
  const organisationId = scopedOrganisationId(scope);
  const row = { ...invitation, organisationId, acceptedAt: null, revokedAt: null };
  await scope.db.insert(invitations).values(row);
}

/** Invitations not yet accepted, revoked or expired, oldest first. */
export async function listPendingInvitations(
  scope: OrgScope,
  now: Date,
): Promise<InvitationSummary[]> {
  const where = and(inScope(scope, invitations.organisationId), live(now));
  const { tokenHash: _hidden, ...columns } = getTableColumns(invitations);

  return scope.db
    .select(columns)
    .from(invitations)
    .where(where)
    .orderBy(asc(invitations.createdAt))
    .all();
}

/** Revokes a pending invitation; false for an unknown id, another organisation's, or a used one. */
export async function revokeInvitation(scope: OrgScope, id: string, now: Date): Promise<boolean> {
  const where = and(inScope(scope, invitations.organisationId), eq(invitations.id, id), live(now));
  const result = await scope.db.update(invitations).set({ revokedAt: now }).where(where);

  return result.meta.changes > 0;
}

/** The live invitation a link's token leads to, if any. */
export async function findLiveInvitation(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<LiveInvitation | undefined> {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      organisationId: invitations.organisationId,
      organisationName: organisations.name,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(and(eq(invitations.tokenHash, tokenHash), live(now)))
    .get();
}

/**
 * Accepts a live invitation: creates the member from it and marks it accepted, in one batch.
 * The member is inserted only while the invitation is still live, so a link works once. False
 * when it was no longer live. Throws when the email already has an account.
 */
export async function acceptInvitation(
  db: Db,
  invitationId: string,
  invitee: Invitee,
  now: Date,
): Promise<boolean> {
  const at = now.getTime();
  // The columns in the members table's order: id, organisation_id, email, name, role,
  // password_hash, created_at.
  const fromLiveInvitation = sql`SELECT ${invitee.memberId}, organisation_id, email,
      ${invitee.name}, role, ${invitee.passwordHash}, ${at}
    FROM invitations
    WHERE id = ${invitationId} AND accepted_at IS NULL AND revoked_at IS NULL
      AND expires_at > ${at}`;
  const markAccepted = db
    .update(invitations)
    .set({ acceptedAt: now })
    .where(and(eq(invitations.id, invitationId), live(now)));

  const [inserted] = await db.batch([db.insert(members).select(fromLiveInvitation), markAccepted]);
  return inserted.meta.changes > 0;
}
