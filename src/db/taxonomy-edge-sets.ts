// Replacing a set of edges from staged pairs: a framework's own edges (`origin = 'framework'`)
// or one crosswalk file's (`origin = 'crosswalk'`). Staged pairs wait in import_staging_crosswalk
// with both ends resolved; these statements count, delete and insert inside a commit batch.
import { type SQL, sql } from 'drizzle-orm';

/** Which live edges a staged set replaces, and who owns them. */
export interface EdgeSet {
  jobId: string;
  organisationId: string | null;
  origin: 'framework' | 'crosswalk';
  /** `framework_id` for a framework's edges, `crosswalk_set` for a crosswalk's. */
  frameworkId: string | null;
  crosswalkSet: string | null;
  createdBy: string | null;
}

const owner = (set: EdgeSet) => set.organisationId ?? '';

function inSet(set: EdgeSet, alias: string): SQL {
  const e = sql.raw(alias);
  const member =
    set.origin === 'framework'
      ? sql`${e}.framework_id = ${set.frameworkId}`
      : sql`${e}.crosswalk_set = ${set.crosswalkSet}`;
  return sql`${e}.origin = ${set.origin} AND ${member} AND ${e}.removed_at IS NULL
    AND coalesce(${e}.organisation_id, '') = ${owner(set)}`;
}

/** Staged pairs with both ends resolved, one row per source, relation and target. */
function resolvedPairs(set: EdgeSet): SQL {
  return sql`SELECT x.source_id, x.relation, x.target_id, min(x.note) AS note
    FROM import_staging_crosswalk AS x
    WHERE x.job_id = ${set.jobId} AND x.source_matches = 1 AND x.target_matches = 1
      AND x.source_id <> x.target_id
    GROUP BY x.source_id, x.relation, x.target_id`;
}

function sameEdge(alias: string, set: EdgeSet, removed: boolean): SQL {
  const e = sql.raw(alias);
  const state = removed ? sql`e.removed_at IS NOT NULL` : sql`e.removed_at IS NULL`;
  return sql`EXISTS (SELECT 1 FROM crosswalk_edges AS e
    WHERE e.source_id = ${e}.source_id AND e.target_id = ${e}.target_id
      AND e.relation = ${e}.relation AND coalesce(e.organisation_id, '') = ${owner(set)}
      AND ${state})`;
}

/** `json_object` of the set's counts: added, removed, and total resolved pairs. */
export function edgeCounts(set: EdgeSet): SQL {
  return sql`json_object(
    'added', (SELECT count(*) FROM (${resolvedPairs(set)}) AS p
      WHERE NOT ${sameEdge('p', set, false)} AND NOT ${sameEdge('p', set, true)}),
    'removed', (SELECT count(*) FROM crosswalk_edges AS c WHERE ${inSet(set, 'c')}
      AND NOT EXISTS (SELECT 1 FROM import_staging_crosswalk AS x
        WHERE x.job_id = ${set.jobId} AND x.source_id = c.source_id
          AND x.target_id = c.target_id AND x.relation = c.relation
          AND x.source_matches = 1 AND x.target_matches = 1)),
    'total', (SELECT count(*) FROM (${resolvedPairs(set)})))`;
}

/**
 * The statements that make the staged set live: delete the set's edges that are no longer
 * staged, then add staged pairs that are neither live already (from any origin) nor removed by
 * an admin (an edge someone took out by hand stays out).
 */
export function replaceEdgeSet(set: EdgeSet, now: Date): SQL[] {
  const stale = sql`DELETE FROM crosswalk_edges AS c WHERE ${inSet(set, 'c')}
    AND NOT EXISTS (SELECT 1 FROM import_staging_crosswalk AS x
      WHERE x.job_id = ${set.jobId} AND x.source_id = c.source_id
        AND x.target_id = c.target_id AND x.relation = c.relation
        AND x.source_matches = 1 AND x.target_matches = 1)`;

  const added = sql`INSERT OR IGNORE INTO crosswalk_edges (id, organisation_id, source_id,
      relation, target_id, origin, framework_id, crosswalk_set, created_by, note, created_at)
    SELECT 'xe_' || lower(hex(randomblob(16))), ${set.organisationId}, p.source_id, p.relation,
      p.target_id, ${set.origin}, ${set.frameworkId}, ${set.crosswalkSet}, ${set.createdBy},
      p.note, ${now.getTime()}
    FROM (${resolvedPairs(set)}) AS p
    WHERE NOT ${sameEdge('p', set, true)}`;

  return [stale, added];
}
