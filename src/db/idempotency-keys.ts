// Idempotency keys of POST requests: look up the live record of a key.
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from './client';
import { type IdempotencyKeyRow, idempotencyKeys } from './schema';

/** The live record for this key, unless it is unknown or has expired at `now`. */
export async function findIdempotencyKey(
  db: Db,
  key: string,
  now: Date,
): Promise<IdempotencyKeyRow | undefined> {
  return db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.key, key), gt(idempotencyKeys.expiresAt, now)))
    .get();
}
