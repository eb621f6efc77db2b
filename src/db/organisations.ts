// Organisations: create one with its first owner (in one batch), count them, read one's name.
import { count, eq } from 'drizzle-orm';
import type { Db } from './client';
import { type MemberRow, members, type OrganisationRow, organisations } from './schema';
import { type OrgScope, scopedOrganisationId } from './org-scope';

/** A new organisation and the member who owns it. */
export interface NewOrganisation {
  organisation: OrganisationRow;
  owner: MemberRow;
}

/** Writes the organisation and its owner together: either both exist afterwards or neither. */
export async function createOrganisation(db: Db, { organisation, owner }: NewOrganisation) {
  await db.batch([
    db.insert(organisations).values(organisation),
    db.insert(members).values({ ...owner, organisationId: organisation.id, role: 'owner' }),
  ]);
}

/** How many organisations exist (the first-run seed runs only when there are none). */
export async function countOrganisations(db: Db): Promise<number> {
  const row = await db.select({ n: count() }).from(organisations).get();

  return row?.n ?? 0;
}

/** The scope's own organisation. */
export async function findOwnOrganisation(scope: OrgScope): Promise<OrganisationRow> {
  const id = scopedOrganisationId(scope);
  const row = await scope.db.select().from(organisations).where(eq(organisations.id, id)).get();
  if (!row) throw new Error('A granted scope names an organisation that does not exist.');

  return row;
}
