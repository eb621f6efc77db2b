// Members of an organisation. Reads and changes take an `OrgScope`; the two lookups sign-in needs
// before anyone is authenticated (by email, by id from a verified session) are marked as such.
import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../auth/roles';
import type { Db } from './client';
import { inScope, type OrgScope, scopedOrganisationId } from './org-scope';
import { type MemberRow, members } from './schema';

/** A member as pages and the API see one: never the password hash. */
export type MemberSummary = Omit<MemberRow, 'passwordHash'>;

const SUMMARY = {
  id: members.id,
  organisationId: members.organisationId,
  email: members.email,
  name: members.name,
  role: members.role,
  createdAt: members.createdAt,
};

/** Lower-cases and trims an email, the form in which emails are stored and compared. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Sign-in only: the member with this email (any organisation), with the password hash. */
export async function findMemberByEmail(db: Db, email: string): Promise<MemberRow | undefined> {
  return db
    .select()
    .from(members)
    .where(eq(members.email, normaliseEmail(email)))
    .get();
}

/** Sign-in only: stores an upgraded hash for a member whose password was just verified. */
export async function setPasswordHash(db: Db, memberId: string, passwordHash: string) {
  await db.update(members).set({ passwordHash }).where(eq(members.id, memberId));
}

/** Authenticators only: a member by id, as the session or key that named it found it. */
export async function findMemberById(db: Db, id: string): Promise<MemberSummary | undefined> {
  return db.select(SUMMARY).from(members).where(eq(members.id, id)).get();
}

/** The organisation's members, by name. */
export async function listMembers(scope: OrgScope): Promise<MemberSummary[]> {
  const where = inScope(scope, members.organisationId);

  return scope.db.select(SUMMARY).from(members).where(where).orderBy(asc(members.name)).all();
}

/** One member of the organisation; undefined for an unknown id or another organisation's. */
export async function findMember(scope: OrgScope, id: string): Promise<MemberSummary | undefined> {
  const where = and(inScope(scope, members.organisationId), eq(members.id, id));

  return scope.db.select(SUMMARY).from(members).where(where).get();
}

/** Whether the organisation already has a member with this email. */
export async function hasMemberWithEmail(scope: OrgScope, email: string): Promise<boolean> {
  const where = and(
    inScope(scope, members.organisationId),
    eq(members.email, normaliseEmail(email)),
  );

  return (await scope.db.select({ id: members.id }).from(members).where(where).get()) !== undefined;
}

/** How many owners the organisation has (the last one can be neither demoted nor removed). */
export async function countOwners(scope: OrgScope): Promise<number> {
  const where = and(inScope(scope, members.organisationId), eq(members.role, 'owner'));
  const row = await scope.db.select({ n: count() }).from(members).where(where).get();

  return row?.n ?? 0;
}

/**
 * "Another owner would remain": true for a non-owner, or while the organisation has two owners
 * or more. Checked inside the statement, so two owners demoting each other at once cannot leave
 * the organisation without one.
 */
function keepsAnOwner(scope: OrgScope): SQL {
  const organisationId = scopedOrganisationId(scope);
  const owners = sql`(SELECT count(*) FROM members
    WHERE organisation_id = ${organisationId} AND role = 'owner')`;

  return sql`(${members.role} <> 'owner' OR ${owners} > 1)`;
}

function oneMember(scope: OrgScope, id: string, role?: Role): SQL | undefined {
  const stillOwned = role === 'owner' ? undefined : keepsAnOwner(scope);

  return and(inScope(scope, members.organisationId), eq(members.id, id), stillOwned);
}

/** Gives a member another role; false when there is no such member, or for the last owner. */
export async function changeRole(scope: OrgScope, id: string, role: Role): Promise<boolean> {
  const result = await scope.db
    .update(members)
    .set({ role })
    .where(oneMember(scope, id, role));

  return result.meta.changes > 0;
}

/** Removes a member and their sessions; false when there is no such member, or the last owner. */
export async function removeMember(scope: OrgScope, id: string): Promise<boolean> {
  const result = await scope.db.delete(members).where(oneMember(scope, id));

  return result.meta.changes > 0;
}
