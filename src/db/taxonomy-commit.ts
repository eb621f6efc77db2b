// Prepares a staged framework for its commit: resolves parents and link targets and checks the
// staged rows, touching staging rows only. `taxonomy-commit-batch.ts` then makes it live.
import { eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { rowsOf, runBatch } from './taxonomy-batch';
import { frameworks } from './taxonomy-schema';
import { visibleSql } from './taxonomy-scope';

/** The framework a job writes, with what it keeps about itself. */
export interface FrameworkCommit {
  jobId: string;
  frameworkId: string;
  organisationId: string | null;
  kind: 'case' | 'esco' | 'onet' | 'csv';
  uri: string;
  title: string;
  version: string | null;
  source: string | null;
  licence: string | null;
  attribution: string | null;
  contentHash: string;
  createdBy: string | null;
}

/** A staged row that cannot be made live, located for the person who sent the file. */
export interface StagingProblem {
  file: string;
  row: number;
  column: string | null;
  detail: string;
}

function resolveStatements(c: FrameworkCommit) {
  const parents = sql`UPDATE import_staging_competencies AS s SET parent_id = (
      SELECT l.target_id FROM import_staging_links AS l
      JOIN import_staging_competencies AS p ON p.job_id = l.job_id AND p.id = l.target_id
      WHERE l.job_id = s.job_id AND l.source_id = s.id AND l.relation = 'parent'
        AND l.target_id <> s.id
      ORDER BY l.position, l.rowid LIMIT 1)
    WHERE s.job_id = ${c.jobId}`;

  const targets = sql`UPDATE import_staging_links AS l SET resolved_id = coalesce(
      (SELECT p.id FROM import_staging_competencies AS p
        WHERE p.job_id = l.job_id AND p.id = l.target_id),
      (SELECT m.id FROM competencies AS m JOIN frameworks AS f ON f.id = m.framework_id
        WHERE l.target_uri IS NOT NULL AND m.uri = l.target_uri AND f.id <> ${c.frameworkId}
          AND ${visibleSql(sql`f.organisation_id`, c.organisationId)}
        ORDER BY m.id LIMIT 1))
    WHERE l.job_id = ${c.jobId}`;

  // The framework's own edges: associations, and parents beyond the first (as `broader`).
  const edges = sql`INSERT INTO import_staging_crosswalk (job_id, source_ref, relation, target_ref,
      source_id, source_matches, target_id, target_matches, file, row)
    SELECT ${c.jobId}, e.source_id, e.relation, e.target_id, e.source_id, 1, e.target_id, 1,
      min(e.file), min(e.row)
    FROM (SELECT CASE WHEN l.reverse = 1 THEN l.resolved_id ELSE l.source_id END AS source_id,
        CASE WHEN l.relation = 'parent' THEN 'broader' ELSE l.relation END AS relation,
        CASE WHEN l.reverse = 1 THEN l.source_id ELSE l.resolved_id END AS target_id,
        l.file, l.row
      FROM import_staging_links AS l
      JOIN import_staging_competencies AS s ON s.job_id = l.job_id AND s.id = l.source_id
      WHERE l.job_id = ${c.jobId} AND l.resolved_id IS NOT NULL AND l.resolved_id <> l.source_id
        AND NOT (l.relation = 'parent' AND l.resolved_id IS s.parent_id)) AS e
    GROUP BY e.source_id, e.relation, e.target_id`;

  return [parents, targets, edges];
}

function problemQueries(jobId: string) {
  const undescribed = sql`SELECT file, row, ref_column AS "column", key FROM
      import_staging_competencies WHERE job_id = ${jobId} AND label IS NULL
    ORDER BY file, row LIMIT 1`;
  const missing = (side: 'occupation' | 'competency') => {
    const id = sql.raw(`o.${side}_id`);
    const column = sql.raw(`o.${side}_column`);
    return sql`SELECT o.file, o.row, ${column} AS "column" FROM import_staging_occupation_skills AS o
      WHERE o.job_id = ${jobId} AND NOT EXISTS (SELECT 1 FROM import_staging_competencies AS p
        WHERE p.job_id = o.job_id AND p.id = ${id} AND p.label IS NOT NULL)
      ORDER BY o.file, o.row LIMIT 1`;
  };
  const described = sql`SELECT count(*) AS n FROM import_staging_competencies
    WHERE job_id = ${jobId} AND label IS NOT NULL`;
  return [undescribed, missing('occupation'), missing('competency'), described];
}

type Found = { file: string; row: number; column: string | null; key?: string };

/**
 * Resolves parents and link targets among the staged rows, stages the framework's own edges,
 * and returns the first row that cannot be made live (or null). Touches staging rows only.
 */
export async function prepareFrameworkCommit(
  db: Db,
  c: FrameworkCommit,
): Promise<StagingProblem | null> {
  await runBatch(db, resolveStatements(c));
  const results = await runBatch(db, problemQueries(c.jobId));
  const [undescribed, occupation, competency] = results.slice(0, 3).map((r) => rowsOf<Found>(r));
  const described = rowsOf<{ n: number }>(results[3]);

  // A CASE document may be empty; ESCO, O*NET or a CSV with nothing in it would wipe the framework.
  if (c.kind !== 'case' && (described[0]?.n ?? 0) === 0) {
    const detail = 'No file of this import describes any competency.';
    return { file: '(import)', row: 0, column: null, detail };
  }

  const first = undescribed?.[0];
  if (first) {
    return { ...first, detail: `No file of this import describes "${first.key}".` };
  }
  const place = occupation?.[0] ?? competency?.[0];
  if (!place) return null;
  return { ...place, detail: 'No file of this import describes what this cell names.' };
}

/** The content hash of the live framework, or null when it does not exist yet. */
export async function liveFrameworkHash(db: Db, frameworkId: string): Promise<string | null> {
  const row = await db
    .select({ hash: frameworks.contentHash })
    .from(frameworks)
    .where(eq(frameworks.id, frameworkId))
    .get();
  return row?.hash ?? null;
}
