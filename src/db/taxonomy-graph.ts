// One step of a walk over the competency graph: the live edges touching a set of nodes, and
// their children in the hierarchy, among what the organisation can see. Ids travel as one JSON
// parameter, so a step is one statement whatever the number of nodes.
import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { rowsOf, runBatch } from './taxonomy-batch';
import { visibleSql } from './taxonomy-scope';

/** An edge as stored: source <relation> target. */
export interface GraphEdgeRow {
  id: string;
  sourceId: string;
  relation: string;
  targetId: string;
}

export interface GraphChildRow {
  id: string;
  parentId: string;
}

function edgesFrom(side: 'source_id' | 'target_id', ids: string, organisationId: string | null) {
  const visible = (column: string) => visibleSql(sql.raw(column), organisationId);
  return sql`SELECT e.id, e.source_id AS sourceId, e.relation, e.target_id AS targetId
    FROM crosswalk_edges AS e
    JOIN competencies AS s ON s.id = e.source_id JOIN frameworks AS sf ON sf.id = s.framework_id
    JOIN competencies AS t ON t.id = e.target_id JOIN frameworks AS tf ON tf.id = t.framework_id
    WHERE e.${sql.raw(side)} IN (SELECT value FROM json_each(${ids}))
      AND e.removed_at IS NULL AND ${visible('e.organisation_id')}
      AND ${visible('sf.organisation_id')} AND ${visible('tf.organisation_id')}`;
}

/**
 * The live edges with an end in `ids` and the children of `ids`, in one batch. At most
 * `maxChildren` children are returned, so a huge group cannot flood a walk.
 */
export async function graphStep(
  db: Db,
  organisationId: string | null,
  ids: readonly string[],
  maxChildren: number,
): Promise<{ edges: GraphEdgeRow[]; children: GraphChildRow[] }> {
  const list = JSON.stringify(ids);
  const [edges, children] = await runBatch(db, [
    sql`${edgesFrom('source_id', list, organisationId)}
      UNION ${edgesFrom('target_id', list, organisationId)}`,
    sql`SELECT id, parent_id AS parentId FROM competencies
      WHERE parent_id IN (SELECT value FROM json_each(${list}))
      ORDER BY parent_id, position, id LIMIT ${maxChildren}`,
  ]);
  return { edges: rowsOf<GraphEdgeRow>(edges), children: rowsOf<GraphChildRow>(children) };
}
