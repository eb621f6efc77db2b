// Finds the competencies an alignment points at, among the frameworks the organisation can see:
// by URI, by CASE CFItem identifier, or by code within a named framework. Each lookup returns at
// most two ids: enough to tell "exactly one" from "ambiguous".
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './client';
import { visibleSql } from './taxonomy-scope';

async function lookup(db: Db, organisationId: string | null, condition: SQL): Promise<string[]> {
  const rows = await db.all<{ id: string }>(sql`SELECT c.id FROM competencies AS c
    JOIN frameworks AS f ON f.id = c.framework_id
    WHERE ${condition} AND ${visibleSql(sql`f.organisation_id`, organisationId)}
    ORDER BY c.id LIMIT 2`);
  return rows.map((row) => row.id);
}

/** Competencies published at `uri` (a CFItem URI, an ESCO concept URI, an O*NET page). */
export function competenciesAtUri(db: Db, organisationId: string | null, uri: string) {
  return lookup(db, organisationId, sql`c.uri = ${uri}`);
}

/** CASE items with this CFItem identifier. */
export function caseItemsWithIdentifier(db: Db, organisationId: string | null, id: string) {
  return lookup(db, organisationId, sql`c.key = ${id} AND f.kind = 'case'`);
}

/**
 * Competencies with this code (or key) in a framework named by its title (any case), URI or id.
 */
export function competenciesWithCode(
  db: Db,
  organisationId: string | null,
  code: string,
  framework: string,
) {
  const named = sql`(lower(f.title) = lower(${framework}) OR f.uri = ${framework}
    OR f.id = ${framework})`;
  return lookup(
    db,
    organisationId,
    sql`c.id IN (SELECT id FROM competencies WHERE code = ${code}
    UNION SELECT id FROM competencies WHERE key = ${code}) AND ${named}`,
  );
}
