// Crosswalk edges by hand: list the live ones an organisation can see, add one (with who and
// why), and remove one (kept with who removed it and why, so a re-import does not bring it back).
import { and, asc, eq, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from './client';
import type { Page } from './taxonomy-frameworks';
import { type CrosswalkEdgeRow, crosswalkEdges } from './taxonomy-schema';
import { ownedBy, visibleTo } from './taxonomy-scope';

/** Live edges the organisation can see, optionally only those touching one competency. */
export async function listEdges(
  db: Db,
  organisationId: string | null,
  competencyId: string | null,
  offset: number,
  limit: number,
): Promise<Page<CrosswalkEdgeRow>> {
  const conditions: SQL[] = [
    isNull(crosswalkEdges.removedAt),
    visibleTo(crosswalkEdges.organisationId, organisationId),
  ];
  if (competencyId) {
    const touching = or(
      eq(crosswalkEdges.sourceId, competencyId),
      eq(crosswalkEdges.targetId, competencyId),
    );
    conditions.push(touching as SQL);
  }

  const rows = await db
    .select()
    .from(crosswalkEdges)
    .where(and(...conditions))
    .orderBy(asc(crosswalkEdges.createdAt), asc(crosswalkEdges.id))
    .limit(limit + 1)
    .offset(offset);
  return { items: rows.slice(0, limit), nextOffset: rows.length > limit ? offset + limit : null };
}

/** One edge (live or removed) the organisation can see. */
export function findEdge(db: Db, organisationId: string | null, id: string) {
  return db
    .select()
    .from(crosswalkEdges)
    .where(and(eq(crosswalkEdges.id, id), visibleTo(crosswalkEdges.organisationId, organisationId)))
    .get();
}

export interface NewEdge {
  id: string;
  organisationId: string | null;
  sourceId: string;
  relation: CrosswalkEdgeRow['relation'];
  targetId: string;
  createdBy: string;
  note: string | null;
}

/**
 * Adds an admin's edge. Returns null when the owner already has this live edge (the unique
 * index refuses it).
 */
export async function insertAdminEdge(db: Db, edge: NewEdge, now: Date) {
  const rows = await db
    .insert(crosswalkEdges)
    .values({ ...edge, origin: 'admin', createdAt: now })
    .onConflictDoNothing()
    .returning();
  return rows[0] ?? null;
}

/** Removes a live edge the owner owns, noting who and why. True when one was removed. */
export async function removeEdge(
  db: Db,
  organisationId: string | null,
  id: string,
  removal: { by: string; note: string | null },
  now: Date,
) {
  const removed = await db
    .update(crosswalkEdges)
    .set({ removedAt: now, removedBy: removal.by, removalNote: removal.note })
    .where(
      and(
        eq(crosswalkEdges.id, id),
        isNull(crosswalkEdges.removedAt),
        ownedBy(crosswalkEdges.organisationId, organisationId),
      ),
    )
    .run();
  return removed.meta.changes > 0;
}
