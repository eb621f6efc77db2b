// The taxonomy tables: frameworks and their competencies, occupation–skill relations, crosswalk
// edges, badge mappings, import jobs with their staging tables, and idempotency records.
// `organisation_id` NULL means public reference data imported by the operator.
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/** A framework: one CASE document, ESCO, O*NET, an employer's list. Its id derives from its uri. */
export const frameworks = sqliteTable(
  'frameworks',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id'),
    kind: text('kind', { enum: ['case', 'esco', 'onet', 'csv'] }).notNull(),
    uri: text('uri').notNull(),
    title: text('title').notNull(),
    version: text('version'),
    source: text('source'),
    licence: text('licence'),
    attribution: text('attribution'),
    contentHash: text('content_hash').notNull(),
    competencyCount: integer('competency_count').notNull().default(0),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('frameworks_organisation_idx').on(table.organisationId, table.title)],
);

/**
 * A node of a framework: a competency, skill, knowledge item, group, occupation or technology.
 * `seq` is the rowid the full-text index points at; `id` is stable across versions.
 */
export const competencies = sqliteTable(
  'competencies',
  {
    seq: integer('seq').primaryKey(),
    id: text('id').notNull().unique(),
    frameworkId: text('framework_id')
      .notNull()
      .references(() => frameworks.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    kind: text('kind').notNull(),
    itemType: text('item_type'),
    code: text('code'),
    uri: text('uri'),
    label: text('label').notNull(),
    abbreviatedLabel: text('abbreviated_label'),
    altLabels: text('alt_labels').notNull().default('[]'),
    description: text('description'),
    parentId: text('parent_id'),
    position: integer('position'),
  },
  (table) => [
    uniqueIndex('competencies_framework_key_idx').on(table.frameworkId, table.key),
    index('competencies_parent_idx').on(table.parentId, table.position),
    index('competencies_framework_parent_idx').on(table.frameworkId, table.parentId),
    index('competencies_uri_idx').on(table.uri),
    index('competencies_code_idx').on(table.code),
    index('competencies_key_idx').on(table.key),
  ],
);

/** ESCO essential/optional relations and O*NET importance (IM) and level (LV) ratings. */
export const occupationSkills = sqliteTable(
  'occupation_skills',
  {
    frameworkId: text('framework_id')
      .notNull()
      .references(() => frameworks.id, { onDelete: 'cascade' }),
    occupationId: text('occupation_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'cascade' }),
    competencyId: text('competency_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'cascade' }),
    relationType: text('relation_type', { enum: ['essential', 'optional'] }),
    importance: real('importance'),
    level: real('level'),
    hotTechnology: integer('hot_technology', { mode: 'boolean' }),
    inDemand: integer('in_demand', { mode: 'boolean' }),
  },
  (table) => [
    primaryKey({ columns: [table.occupationId, table.competencyId] }),
    index('occupation_skills_framework_idx').on(table.frameworkId),
    index('occupation_skills_competency_idx').on(table.competencyId),
  ],
);

/**
 * One edge between two competencies, in the vocabulary of `src/taxonomy/vocabulary.ts`. Live
 * edges are unique per owner, source, target and relation (an expression index in the
 * hand-written migration `taxonomy_search`, which drizzle cannot describe).
 */
export const crosswalkEdges = sqliteTable(
  'crosswalk_edges',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id'),
    sourceId: text('source_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'cascade' }),
    relation: text('relation', {
      enum: ['exact', 'close', 'broader', 'narrower', 'related', 'prerequisite'],
    }).notNull(),
    targetId: text('target_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'cascade' }),
    origin: text('origin', { enum: ['framework', 'crosswalk', 'admin'] }).notNull(),
    frameworkId: text('framework_id'),
    crosswalkSet: text('crosswalk_set'),
    createdBy: text('created_by'),
    note: text('note'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    removedAt: integer('removed_at', { mode: 'timestamp_ms' }),
    removedBy: text('removed_by'),
    removalNote: text('removal_note'),
  },
  (table) => [
    index('crosswalk_edges_source_idx').on(table.sourceId),
    index('crosswalk_edges_target_idx').on(table.targetId),
    index('crosswalk_edges_framework_idx').on(table.frameworkId),
    index('crosswalk_edges_set_idx').on(table.crosswalkSet),
  ],
);

/**
 * A badge class (OB 2.0 BadgeClass or OB 3.0 Achievement, by id) mapped to a competency; one
 * mapping per owner, badge class and competency (an expression index, hand-written too).
 */
export const badgeMappings = sqliteTable(
  'badge_mappings',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id'),
    achievementId: text('achievement_id').notNull(),
    competencyId: text('competency_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'cascade' }),
    band: text('band', { enum: ['foundational', 'core', 'advanced'] }).notNull(),
    origin: text('origin', { enum: ['alignment', 'admin'] }).notNull(),
    createdBy: text('created_by'),
    alignment: text('alignment'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [
    index('badge_mappings_achievement_idx').on(table.achievementId),
    index('badge_mappings_competency_idx').on(table.competencyId),
  ],
);

export type FrameworkRow = typeof frameworks.$inferSelect;
export type CompetencyRow = typeof competencies.$inferSelect;
export type CrosswalkEdgeRow = typeof crosswalkEdges.$inferSelect;
export type BadgeMappingRow = typeof badgeMappings.$inferSelect;
