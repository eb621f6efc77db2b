// Import jobs and their staging tables: rows wait here, over as many requests as a file needs,
// until one D1 batch copies them into the live tables. Also the taxonomy idempotency records.
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** An import: its target, its files so far, its progress, and its outcome. */
export const importJobs = sqliteTable(
  'import_jobs',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id'),
    kind: text('kind', { enum: ['case', 'esco', 'onet', 'csv', 'crosswalk'] }).notNull(),
    status: text('status', {
      enum: ['staging', 'committed', 'unchanged', 'failed', 'abandoned'],
    }).notNull(),
    frameworkId: text('framework_id'),
    /** The framework's uri, title, version, source, licence and attribution (JSON). */
    target: text('target').notNull(),
    /** One entry per file staged: name, detected type, rows, SHA-256 (JSON). */
    files: text('files').notNull().default('[]'),
    /** Rows staged so far, over every file: the job's progress. */
    stagedRows: integer('staged_rows').notNull().default(0),
    /** SHA-256 over the target and the files' hashes; equal hashes mean the same import. */
    contentHash: text('content_hash'),
    result: text('result'),
    error: text('error'),
    createdBy: text('created_by'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('import_jobs_updated_idx').on(table.status, table.updatedAt)],
);

/** Competencies waiting for their job's commit; rows of several files merge by `id`. */
export const importStagingCompetencies = sqliteTable(
  'import_staging_competencies',
  {
    jobId: text('job_id').notNull(),
    id: text('id').notNull(),
    key: text('key').notNull(),
    kind: text('kind'),
    itemType: text('item_type'),
    code: text('code'),
    uri: text('uri'),
    label: text('label'),
    abbreviatedLabel: text('abbreviated_label'),
    altLabels: text('alt_labels').notNull().default('[]'),
    description: text('description'),
    parentId: text('parent_id'),
    position: integer('position'),
    file: text('file').notNull(),
    row: integer('row').notNull(),
    /** The column whose value named this row when the row only refers to a competency. */
    refColumn: text('ref_column'),
  },
  (table) => [primaryKey({ columns: [table.jobId, table.id] })],
);

/** Parent links and in-framework associations; `target_uri` points outside the framework. */
export const importStagingLinks = sqliteTable(
  'import_staging_links',
  {
    jobId: text('job_id').notNull(),
    sourceId: text('source_id').notNull(),
    relation: text('relation').notNull(),
    targetId: text('target_id'),
    targetUri: text('target_uri'),
    /** 1 when the edge runs from the target to the source (CASE `precedes`, for example). */
    reverse: integer('reverse').notNull().default(0),
    resolvedId: text('resolved_id'),
    position: integer('position'),
    file: text('file').notNull(),
    row: integer('row').notNull(),
  },
  (table) => [index('import_staging_links_job_idx').on(table.jobId, table.sourceId)],
);

/** Occupation–skill relations waiting for commit; IM and LV rows of O*NET merge here. */
export const importStagingOccupationSkills = sqliteTable(
  'import_staging_occupation_skills',
  {
    jobId: text('job_id').notNull(),
    occupationId: text('occupation_id').notNull(),
    competencyId: text('competency_id').notNull(),
    relationType: text('relation_type'),
    importance: real('importance'),
    level: real('level'),
    hotTechnology: integer('hot_technology'),
    inDemand: integer('in_demand'),
    file: text('file').notNull(),
    row: integer('row').notNull(),
    occupationColumn: text('occupation_column').notNull(),
    competencyColumn: text('competency_column').notNull(),
  },
  (table) => [primaryKey({ columns: [table.jobId, table.occupationId, table.competencyId] })],
);

/**
 * Edges waiting for commit: crosswalk rows as read (references are resolved against the live
 * frameworks at commit), and a framework's own edges once its links are resolved.
 */
export const importStagingCrosswalk = sqliteTable(
  'import_staging_crosswalk',
  {
    jobId: text('job_id').notNull(),
    sourceRef: text('source_ref').notNull(),
    sourceFramework: text('source_framework'),
    relation: text('relation').notNull(),
    targetRef: text('target_ref').notNull(),
    targetFramework: text('target_framework'),
    note: text('note'),
    sourceId: text('source_id'),
    sourceMatches: integer('source_matches'),
    targetId: text('target_id'),
    targetMatches: integer('target_matches'),
    file: text('file').notNull(),
    row: integer('row').notNull(),
  },
  (table) => [
    index('import_staging_crosswalk_job_idx').on(table.jobId, table.row),
    index('import_staging_crosswalk_pair_idx').on(table.jobId, table.sourceId, table.targetId),
  ],
);

/** The first answer to a taxonomy write that carried an `Idempotency-Key`, for replays. */
export const taxonomyIdempotencyKeys = sqliteTable(
  'taxonomy_idempotency_keys',
  {
    key: text('key').primaryKey(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    body: text('body').notNull(),
    location: text('location'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('taxonomy_idempotency_keys_expires_idx').on(table.expiresAt)],
);

export type ImportJobRow = typeof importJobs.$inferSelect;
