// Everything equivalent to, or narrower than, one competency across frameworks, each with the
// path of edges that links it. A breadth-first walk in batches: one step per depth, a set of
// visited nodes, and caps on depth and results, so a cycle in the graph can never hang it.
import type { Db } from '../db/client';
import { type GraphEdgeRow, graphStep } from '../db/taxonomy-graph';

/** How a found competency relates to the one asked about. */
export type Equivalence = 'exact' | 'close' | 'narrower';

/** One link of a path, as stored: source <relation> target; hierarchy links have no edge id. */
export interface PathStep {
  edgeId: string | null;
  sourceId: string;
  relation: string;
  targetId: string;
  via: 'edge' | 'hierarchy';
}

export interface EquivalentFound {
  competencyId: string;
  relation: Equivalence;
  depth: number;
  path: PathStep[];
}

export interface WalkLimits {
  maxDepth: number;
  maxResults: number;
}

interface Reached {
  id: string;
  relation: Equivalence;
  path: PathStep[];
}

const STRENGTH: Record<Equivalence, number> = { exact: 0, close: 1, narrower: 2 };

/** The weaker of two relations: a path is as close as its loosest link. */
function weaker(a: Equivalence, b: Equivalence): Equivalence {
  return STRENGTH[a] >= STRENGTH[b] ? a : b;
}

function edgeStep(edge: GraphEdgeRow): PathStep {
  const { id, sourceId, relation, targetId } = edge;
  return { edgeId: id, sourceId, relation, targetId, via: 'edge' };
}

/** Where one edge leads from `node`, if it leads to something equivalent or narrower. */
function follow(edge: GraphEdgeRow, node: string): { next: string; relation: Equivalence } | null {
  const other = edge.sourceId === node ? edge.targetId : edge.sourceId;
  if (edge.relation === 'exact' || edge.relation === 'close') {
    return { next: other, relation: edge.relation };
  }
  // "node narrower X" and "X broader node" both say X is narrower than node.
  if (edge.relation === 'narrower' && edge.sourceId === node)
    return { next: other, relation: 'narrower' };
  if (edge.relation === 'broader' && edge.targetId === node)
    return { next: other, relation: 'narrower' };
  return null;
}

function expand(frontier: Reached[], step: Awaited<ReturnType<typeof graphStep>>) {
  const found: Reached[] = [];
  for (const from of frontier) {
    for (const edge of step.edges) {
      if (edge.sourceId !== from.id && edge.targetId !== from.id) continue;
      const link = follow(edge, from.id);
      if (!link) continue;
      found.push({
        id: link.next,
        relation: weaker(from.relation, link.relation),
        path: [...from.path, edgeStep(edge)],
      });
    }
    for (const child of step.children) {
      if (child.parentId !== from.id) continue;
      const link: PathStep = {
        edgeId: null,
        sourceId: child.id,
        relation: 'broader',
        targetId: from.id,
        via: 'hierarchy',
      };
      found.push({ id: child.id, relation: 'narrower', path: [...from.path, link] });
    }
  }
  return found;
}

/**
 * Walks from `competencyId` over exact and close edges (either way), narrower edges, broader
 * edges read backwards, and the hierarchy downwards. Each competency is reported once, by its
 * shortest path; the start itself is not reported.
 */
export async function findEquivalents(
  db: Db,
  organisationId: string | null,
  competencyId: string,
  limits: WalkLimits,
): Promise<EquivalentFound[]> {
  const visited = new Set([competencyId]);
  const results: EquivalentFound[] = [];
  let frontier: Reached[] = [{ id: competencyId, relation: 'exact', path: [] }];

  for (let depth = 1; depth <= limits.maxDepth && frontier.length > 0; depth += 1) {
    const room = limits.maxResults - results.length;
    const step = await graphStep(
      db,
      organisationId,
      frontier.map((node) => node.id),
      room + frontier.length,
    );
    const next: Reached[] = [];

    // Closest first within a depth, so a node reached both ways keeps its closest relation.
    const reachable = expand(frontier, step).sort(
      (a, b) => STRENGTH[a.relation] - STRENGTH[b.relation] || a.id.localeCompare(b.id),
    );
    for (const reached of reachable) {
      if (visited.has(reached.id) || results.length >= limits.maxResults) continue;
      visited.add(reached.id);
      next.push(reached);
      results.push({
        competencyId: reached.id,
        relation: reached.relation,
        depth,
        path: reached.path,
      });
    }
    frontier = next;
  }
  return results;
}
