// Removes what has expired: idempotency keys first (they point at reports), then reports.
import { lte } from 'drizzle-orm';
import type { Db } from './client';
import { idempotencyKeys, verifications } from './schema';

export interface CleanupResult {
  verifications: number;
  idempotencyKeys: number;
}

/** Deletes every report and idempotency key whose expiry is at or before `now`, in one batch. */
export async function deleteExpired(db: Db, now: Date): Promise<CleanupResult> {
  const [keys, reports] = await db.batch([
    db.delete(idempotencyKeys).where(lte(idempotencyKeys.expiresAt, now)),
    db.delete(verifications).where(lte(verifications.expiresAt, now)),
  ]);

  return { verifications: reports.meta.changes, idempotencyKeys: keys.meta.changes };
}
