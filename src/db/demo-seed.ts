// Writes the first-run demo organisation and its members in one batch. Rows that already exist
// (a second seed racing the first) are left alone.
import type { Db } from './client';
import { type MemberRow, members, type OrganisationRow, organisations } from './schema';

/** Inserts the organisation and members; true when the organisation was new. */
export async function insertDemoOrganisation(
  db: Db,
  organisation: OrganisationRow,
  people: Array<Omit<MemberRow, 'organisationId'>>,
): Promise<boolean> {
  const rows = people.map((person) => ({ ...person, organisationId: organisation.id }));

  const [inserted] = await db.batch([
    db.insert(organisations).values(organisation).onConflictDoNothing(),
    db.insert(members).values(rows).onConflictDoNothing(),
  ]);
  return inserted.meta.changes > 0;
}
