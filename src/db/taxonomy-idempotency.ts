// The first answer to a taxonomy write that carried an `Idempotency-Key`, kept for a day so a
// retry gets the same answer instead of doing the write again.
import { and, eq, gt, lte } from 'drizzle-orm';
import type { Db } from './client';
import { runBatch } from './taxonomy-batch';
import { taxonomyIdempotencyKeys } from './taxonomy-import-schema';

/** An answer as stored. */
export interface StoredAnswer {
  requestHash: string;
  status: number;
  body: string;
  location: string | null;
}

/** The live answer stored for `key`, if any. */
export function findStoredAnswer(db: Db, key: string, now: Date) {
  return db
    .select()
    .from(taxonomyIdempotencyKeys)
    .where(and(eq(taxonomyIdempotencyKeys.key, key), gt(taxonomyIdempotencyKeys.expiresAt, now)))
    .get();
}

/**
 * Stores the answer for `key` (an expired record of the key is replaced). False when a live
 * record exists already: another request with the key finished first.
 */
export async function storeAnswer(
  db: Db,
  key: string,
  answer: StoredAnswer,
  now: Date,
  expiresAt: Date,
): Promise<boolean> {
  const expired = and(
    eq(taxonomyIdempotencyKeys.key, key),
    lte(taxonomyIdempotencyKeys.expiresAt, now),
  );
  const insert = db
    .insert(taxonomyIdempotencyKeys)
    .values({ key, ...answer, createdAt: now, expiresAt })
    .onConflictDoNothing();

  const [, inserted] = await runBatch(db, [
    db.delete(taxonomyIdempotencyKeys).where(expired),
    insert,
  ]);
  return (inserted?.meta.changes ?? 0) > 0;
}

/** Deletes the records that have expired by `now` (for the daily clean-up). */
export async function deleteExpiredAnswers(db: Db, now: Date): Promise<number> {
  const deleted = await db
    .delete(taxonomyIdempotencyKeys)
    .where(lte(taxonomyIdempotencyKeys.expiresAt, now))
    .run();
  return deleted.meta.changes;
}
