// Adding and removing crosswalk edges by hand: both ends must be competencies the owner can
// see, an edge never joins a competency to itself, and every change names who made it and why.
import type { Db } from '../db/client';
import { insertAdminEdge, removeEdge } from '../db/taxonomy-edges';
import { findCompetencies } from '../db/taxonomy-frameworks';
import type { CrosswalkEdgeRow } from '../db/taxonomy-schema';
import { randomId } from './ids';
import type { EdgeRelation } from './vocabulary';

export interface EdgeRequest {
  sourceId: string;
  relation: EdgeRelation;
  targetId: string;
  createdBy: string;
  note: string | null;
}

/** Why an edge was not added. */
export type EdgeRefusal = 'same_competency' | 'unknown_competency' | 'exists';

/** Adds an edge for the owner; returns the edge, or why it was refused. */
export async function addEdge(
  db: Db,
  organisationId: string | null,
  request: EdgeRequest,
  now: Date,
): Promise<{ edge: CrosswalkEdgeRow } | { refused: EdgeRefusal }> {
  if (request.sourceId === request.targetId) return { refused: 'same_competency' };

  const ends = await findCompetencies(db, organisationId, [request.sourceId, request.targetId]);
  if (ends.length !== 2) return { refused: 'unknown_competency' };

  const edge = await insertAdminEdge(db, { id: randomId('xe_'), organisationId, ...request }, now);
  return edge ? { edge } : { refused: 'exists' };
}

/** Removes one of the owner's live edges; false when there is none. */
export function withdrawEdge(
  db: Db,
  organisationId: string | null,
  id: string,
  removal: { by: string; note: string | null },
  now: Date,
): Promise<boolean> {
  return removeEdge(db, organisationId, id, removal, now);
}
