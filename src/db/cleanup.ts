// Removes what has expired: idempotency keys first (they point at reports), then reports, and
// one-time presentation challenges past their expiry (used or not).
import { lte } from 'drizzle-orm';
import type { Db } from './client';
import { challenges, idempotencyKeys, verifications } from './schema';

export interface CleanupResult {
  verifications: number;
  idempotencyKeys: number;
}

/** Deletes every report, idempotency key and challenge expired at or before `now`, in one batch. */
export async function deleteExpired(db: Db, now: Date): Promise<CleanupResult> {
  const [keys, reports] = await db.batch([
    db.delete(idempotencyKeys).where(lte(idempotencyKeys.expiresAt, now)),
    db.delete(verifications).where(lte(verifications.expiresAt, now)),
    db.delete(challenges).where(lte(challenges.expiresAt, now)),
  ]);

  return { verifications: reports.meta.changes, idempotencyKeys: keys.meta.changes };
}
