// The taxonomy's share of the daily clean-up: expired idempotency answers, and import jobs left
// staging for a day (their client went away), which are abandoned with their staging rows.
import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from './client';
import { runBatch } from './taxonomy-batch';
import { deleteExpiredAnswers } from './taxonomy-idempotency';
import { importJobs } from './taxonomy-import-schema';

const STALE_MS = 24 * 60 * 60 * 1000;

const STAGING_TABLES = [
  'import_staging_competencies',
  'import_staging_links',
  'import_staging_occupation_skills',
  'import_staging_crosswalk',
];

/** Deletes expired answers and abandons stale staging jobs; returns how many of each. */
export async function cleanUpTaxonomy(db: Db, now: Date) {
  const answers = await deleteExpiredAnswers(db, now);
  const cutoff = new Date(now.getTime() - STALE_MS);
  const stale = and(eq(importJobs.status, 'staging'), lte(importJobs.updatedAt, cutoff));

  const staleIds = sql`SELECT id FROM import_jobs WHERE status = 'staging'
    AND updated_at <= ${cutoff.getTime()}`;
  const results = await runBatch(db, [
    ...STAGING_TABLES.map(
      (table) => sql`DELETE FROM ${sql.raw(table)} WHERE job_id IN (${staleIds})`,
    ),
    db.update(importJobs).set({ status: 'abandoned', updatedAt: now }).where(stale),
  ]);
  return { idempotencyAnswers: answers, staleImports: results.at(-1)?.meta.changes ?? 0 };
}
