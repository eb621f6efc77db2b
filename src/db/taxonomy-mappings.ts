// Badge mappings: a badge class (OB 2.0 BadgeClass or OB 3.0 Achievement id) mapped to a
// competency with a band, from the badge's own alignment or by an admin. Public mappings
// (organisation NULL) are seen by everyone; an organisation's own only by it.
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from './client';
import { type BadgeMappingRow, badgeMappings } from './taxonomy-schema';
import { ownedBy, visibleTo } from './taxonomy-scope';
import type { Page } from './taxonomy-frameworks';

export type Band = BadgeMappingRow['band'];

export interface MappingFilter {
  achievementId?: string | null;
  competencyId?: string | null;
}

/** Mappings the organisation can see, by badge class then competency. */
export async function listMappings(
  db: Db,
  organisationId: string | null,
  filter: MappingFilter,
  offset: number,
  limit: number,
): Promise<Page<BadgeMappingRow>> {
  const conditions: SQL[] = [visibleTo(badgeMappings.organisationId, organisationId)];
  if (filter.achievementId) conditions.push(eq(badgeMappings.achievementId, filter.achievementId));
  if (filter.competencyId) conditions.push(eq(badgeMappings.competencyId, filter.competencyId));

  const rows = await db
    .select()
    .from(badgeMappings)
    .where(and(...conditions))
    .orderBy(
      asc(badgeMappings.achievementId),
      asc(badgeMappings.competencyId),
      asc(badgeMappings.id),
    )
    .limit(limit + 1)
    .offset(offset);
  return { items: rows.slice(0, limit), nextOffset: rows.length > limit ? offset + limit : null };
}

/** One mapping the organisation can see. */
export function findMapping(db: Db, organisationId: string | null, id: string) {
  return db
    .select()
    .from(badgeMappings)
    .where(and(eq(badgeMappings.id, id), visibleTo(badgeMappings.organisationId, organisationId)))
    .get();
}

export interface NewMapping {
  id: string;
  organisationId: string | null;
  achievementId: string;
  competencyId: string;
  band: Band;
  createdBy: string | null;
}

/**
 * An admin's mapping. If the owner already maps this badge class to this competency (from an
 * alignment, say), the admin's band and name replace it: the mapping now comes from the admin.
 */
export async function upsertAdminMapping(db: Db, mapping: NewMapping, now: Date) {
  const at = now.getTime();
  await db.run(sql`INSERT INTO badge_mappings (id, organisation_id, achievement_id,
      competency_id, band, origin, created_by, created_at, updated_at)
    VALUES (${mapping.id}, ${mapping.organisationId}, ${mapping.achievementId},
      ${mapping.competencyId}, ${mapping.band}, 'admin', ${mapping.createdBy}, ${at}, ${at})
    ON CONFLICT (coalesce(organisation_id, ''), achievement_id, competency_id)
    DO UPDATE SET band = excluded.band, origin = 'admin', created_by = excluded.created_by,
      updated_at = excluded.updated_at`);

  return db
    .select()
    .from(badgeMappings)
    .where(
      and(
        ownedBy(badgeMappings.organisationId, mapping.organisationId),
        eq(badgeMappings.achievementId, mapping.achievementId),
        eq(badgeMappings.competencyId, mapping.competencyId),
      ),
    )
    .get();
}

/** Mappings from a badge's alignment; one that exists already (an admin's, say) is kept. */
export async function insertAlignmentMappings(
  db: Db,
  organisationId: string | null,
  achievementId: string,
  mappings: Array<{ id: string; competencyId: string; alignment: object }>,
  now: Date,
): Promise<number> {
  if (mappings.length === 0) return 0;

  const rows = mappings.map((m) => [m.id, m.competencyId, JSON.stringify(m.alignment)]);
  const inserted = await db.run(sql`INSERT INTO badge_mappings (id, organisation_id,
      achievement_id, competency_id, band, origin, created_by, alignment, created_at, updated_at)
    SELECT json_extract(j.value, '$[0]'), ${organisationId}, ${achievementId},
      json_extract(j.value, '$[1]'), 'core', 'alignment', 'alignment',
      json_extract(j.value, '$[2]'), ${now.getTime()}, ${now.getTime()}
    FROM json_each(${JSON.stringify(rows)}) AS j WHERE true
    ON CONFLICT (coalesce(organisation_id, ''), achievement_id, competency_id) DO NOTHING`);
  return inserted.meta.changes;
}

/** Changes the band of a mapping the owner owns; it becomes the admin's. */
export async function updateMappingBand(
  db: Db,
  organisationId: string | null,
  id: string,
  change: { band: Band; by: string | null },
  now: Date,
) {
  const updated = await db
    .update(badgeMappings)
    .set({ band: change.band, origin: 'admin', createdBy: change.by, updatedAt: now })
    .where(and(eq(badgeMappings.id, id), ownedBy(badgeMappings.organisationId, organisationId)))
    .run();
  return updated.meta.changes > 0;
}

/** Deletes a mapping the owner owns. True when one was deleted. */
export async function deleteMapping(db: Db, organisationId: string | null, id: string) {
  const deleted = await db
    .delete(badgeMappings)
    .where(and(eq(badgeMappings.id, id), ownedBy(badgeMappings.organisationId, organisationId)))
    .run();
  return deleted.meta.changes > 0;
}
