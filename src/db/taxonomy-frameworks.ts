// Reading frameworks and their trees: the frameworks an organisation can see (public ones and
// its own), one framework, the children of a node, and one competency.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { type CompetencyRow, competencies, type FrameworkRow, frameworks } from './taxonomy-schema';
import { ownedBy, visibleTo } from './taxonomy-scope';

/** A page of a bounded list: `offset` is where the next page starts, when there is one. */
export interface Page<T> {
  items: T[];
  nextOffset: number | null;
}

function page<T>(rows: T[], offset: number, limit: number): Page<T> {
  const more = rows.length > limit;
  return { items: rows.slice(0, limit), nextOffset: more ? offset + limit : null };
}

/** Frameworks the organisation can see, by title. */
export async function listFrameworks(
  db: Db,
  organisationId: string | null,
  offset: number,
  limit: number,
): Promise<Page<FrameworkRow>> {
  const rows = await db
    .select()
    .from(frameworks)
    .where(visibleTo(frameworks.organisationId, organisationId))
    .orderBy(asc(frameworks.title), asc(frameworks.id))
    .limit(limit + 1)
    .offset(offset);
  return page(rows, offset, limit);
}

/** One framework, if the organisation can see it. */
export function findFramework(db: Db, organisationId: string | null, id: string) {
  return db
    .select()
    .from(frameworks)
    .where(and(eq(frameworks.id, id), visibleTo(frameworks.organisationId, organisationId)))
    .get();
}

/** Frameworks by id (for attribution notices), among those the organisation can see. */
export async function findFrameworks(db: Db, organisationId: string | null, ids: string[]) {
  if (ids.length === 0) return [];

  const unique = [...new Set(ids)];
  return db
    .select()
    .from(frameworks)
    .where(
      and(
        sql`${frameworks.id} IN (SELECT value FROM json_each(${JSON.stringify(unique)}))`,
        visibleTo(frameworks.organisationId, organisationId),
      ),
    )
    .orderBy(asc(frameworks.title));
}

/** Deletes a framework the owner owns, with everything in it. True when one was deleted. */
export async function deleteFramework(db: Db, organisationId: string | null, id: string) {
  const deleted = await db
    .delete(frameworks)
    .where(and(eq(frameworks.id, id), ownedBy(frameworks.organisationId, organisationId)))
    .run();
  return deleted.meta.changes > 0;
}

/** A node with how many children it has, so a tree view knows what it can open. */
export type TreeNodeRow = CompetencyRow & { childCount: number };

/** The children of `parentId` (the roots for null) in one framework, in the framework's order. */
export async function listChildren(
  db: Db,
  frameworkId: string,
  parentId: string | null,
  offset: number,
  limit: number,
): Promise<Page<TreeNodeRow>> {
  const parent = parentId === null ? sql`parent_id IS NULL` : sql`parent_id = ${parentId}`;
  const rows = await db.all<TreeNodeRow>(sql`SELECT seq, id, framework_id AS frameworkId, key,
      kind, item_type AS itemType, code, uri, label, abbreviated_label AS abbreviatedLabel,
      alt_labels AS altLabels, description, parent_id AS parentId, position,
      (SELECT count(*) FROM competencies AS k WHERE k.parent_id = c.id) AS childCount
    FROM competencies AS c WHERE framework_id = ${frameworkId} AND ${parent}
    ORDER BY position IS NULL, position, code, label, id
    LIMIT ${limit + 1} OFFSET ${offset}`);
  return page(rows, offset, limit);
}

/** Competencies by id, with their frameworks, among those the organisation can see. */
export async function findCompetencies(db: Db, organisationId: string | null, ids: string[]) {
  if (ids.length === 0) return [];

  return db
    .select({ competency: competencies, framework: frameworks })
    .from(competencies)
    .innerJoin(frameworks, eq(frameworks.id, competencies.frameworkId))
    .where(
      and(
        sql`${competencies.id} IN (SELECT value FROM json_each(${JSON.stringify([...new Set(ids)])}))`,
        visibleTo(frameworks.organisationId, organisationId),
      ),
    );
}
