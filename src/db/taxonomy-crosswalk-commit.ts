// Makes a staged crosswalk live: each row's references are resolved against the frameworks the
// owner can see (a competency URI, code, key or id, optionally within a named framework); rows
// that match nothing, or more than one competency, are reported and never guessed.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './client';
import { rowsOf, runBatch } from './taxonomy-batch';
import { type EdgeSet, edgeCounts, replaceEdgeSet } from './taxonomy-edge-sets';
import { clearStagingStatements } from './taxonomy-imports';
import { visibleSql } from './taxonomy-scope';

/** A crosswalk row whose source or target did not match exactly one competency. */
export interface UnmatchedRow {
  file: string;
  row: number;
  sourceRef: string;
  targetRef: string;
  sourceMatches: number;
  targetMatches: number;
}

function candidates(side: 'source' | 'target', organisationId: string | null): SQL {
  const ref = sql.raw(`x.${side}_ref`);
  const framework = sql.raw(`x.${side}_framework`);
  return sql`FROM competencies AS c JOIN frameworks AS f ON f.id = c.framework_id
    WHERE c.id IN (SELECT id FROM competencies WHERE uri = ${ref}
        UNION SELECT id FROM competencies WHERE code = ${ref}
        UNION SELECT id FROM competencies WHERE key = ${ref}
        UNION SELECT ${ref})
      AND ${visibleSql(sql`f.organisation_id`, organisationId)}
      AND (${framework} IS NULL OR f.id = ${framework} OR f.uri = ${framework}
        OR f.kind = ${framework} OR lower(f.title) = lower(${framework}))`;
}

/** Resolves both ends of every staged row of the job (staging rows only). */
export async function resolveCrosswalk(db: Db, jobId: string, organisationId: string | null) {
  const source = candidates('source', organisationId);
  const target = candidates('target', organisationId);

  await db.run(sql`UPDATE import_staging_crosswalk AS x SET
      source_matches = (SELECT count(*) ${source}), source_id = (SELECT min(c.id) ${source}),
      target_matches = (SELECT count(*) ${target}), target_id = (SELECT min(c.id) ${target})
    WHERE x.job_id = ${jobId}`);
}

/** The first `limit` unmatched rows, in file order, and how many there are in all. */
export async function unmatchedCrosswalkRows(db: Db, jobId: string, limit: number) {
  const unmatched = sql`job_id = ${jobId} AND (source_matches <> 1 OR target_matches <> 1)`;
  const [rows, total] = await runBatch(db, [
    sql`SELECT file, row, source_ref AS sourceRef, target_ref AS targetRef,
        source_matches AS sourceMatches, target_matches AS targetMatches
      FROM import_staging_crosswalk WHERE ${unmatched} ORDER BY file, row LIMIT ${limit}`,
    sql`SELECT count(*) AS n FROM import_staging_crosswalk WHERE ${unmatched}`,
  ]);

  return { rows: rowsOf<UnmatchedRow>(rows), count: rowsOf<{ n: number }>(total)[0]?.n ?? 0 };
}

/**
 * Writes the crosswalk's edges in one batch: counts (with the unmatched rows given) into the
 * job, the set's stale edges out, new ones in, the job committed, staging cleared.
 */
export async function commitCrosswalk(
  db: Db,
  set: EdgeSet,
  unmatched: { count: number; rows: object[] },
  contentHash: string,
  now: Date,
): Promise<void> {
  const counts = sql`UPDATE import_jobs SET result = json_object(
      'edges', ${edgeCounts(set)},
      'rows', (SELECT count(*) FROM import_staging_crosswalk WHERE job_id = ${set.jobId}),
      'unmatched', ${unmatched.count},
      'unmatchedRows', json(${JSON.stringify(unmatched.rows)}))
    WHERE id = ${set.jobId}`;
  const done = sql`UPDATE import_jobs SET status = 'committed', content_hash = ${contentHash},
    updated_at = ${now.getTime()} WHERE id = ${set.jobId}`;

  await runBatch(db, [
    counts,
    ...replaceEdgeSet(set, now),
    done,
    ...clearStagingStatements(db, set.jobId),
  ]);
}
