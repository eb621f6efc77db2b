// Full-text search over competency labels, alternative labels and descriptions (the FTS5 table
// competency_search), in the frameworks the organisation can see, ranked by bm25.
import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { visibleSql } from './taxonomy-scope';

/** One search result, as the table holds it. */
export interface CompetencyHitRow {
  id: string;
  frameworkId: string;
  kind: string;
  code: string | null;
  uri: string | null;
  label: string;
  altLabels: string;
  description: string | null;
  parentId: string | null;
  rank: number;
}

export interface SearchFilter {
  frameworkId?: string | null;
  kind?: string | null;
}

// bm25 weights per column: a word in the label counts most, in a description least.
const WEIGHTS = sql.raw('bm25(competency_search, 10.0, 4.0, 1.0)');

/**
 * Competencies matching an FTS5 query (built by `src/search/fts-query.ts`, never raw user
 * text), best first: bm25, then shorter labels, then alphabetical.
 */
export async function matchCompetencies(
  db: Db,
  organisationId: string | null,
  match: string,
  filter: SearchFilter,
  limit: number,
): Promise<CompetencyHitRow[]> {
  const framework = filter.frameworkId ? sql`AND c.framework_id = ${filter.frameworkId}` : sql``;
  const kind = filter.kind ? sql`AND c.kind = ${filter.kind}` : sql``;

  return db.all<CompetencyHitRow>(sql`SELECT c.id, c.framework_id AS frameworkId, c.kind, c.code,
      c.uri, c.label, c.alt_labels AS altLabels, c.description, c.parent_id AS parentId,
      ${WEIGHTS} AS rank
    FROM competency_search
    JOIN competencies AS c ON c.seq = competency_search.rowid
    JOIN frameworks AS f ON f.id = c.framework_id
    WHERE competency_search MATCH ${match}
      AND ${visibleSql(sql`f.organisation_id`, organisationId)} ${framework} ${kind}
    ORDER BY rank, length(c.label), c.label
    LIMIT ${limit}`);
}
