// Finds the earlier answer to a request that carries an `Idempotency-Key` seen before.
import type { Db } from '../db/client';
import { findIdempotencyKey } from '../db/idempotency-keys';
import { findVerification } from '../db/verifications';
import { refuse } from './problems';
import type { StoredVerification } from './store-verification';

/**
 * The verification an earlier request with this key produced, or null when the key is new
 * (or expired). Throws `idempotency_conflict` when the key came with a different request.
 */
export async function findReplay(
  db: Db,
  key: string,
  fingerprint: string,
  now: Date,
): Promise<StoredVerification | null> {
  const record = await findIdempotencyKey(db, key, now);
  if (!record) return null;

  if (record.requestHash !== fingerprint) {
    refuse('idempotency_conflict', 'This Idempotency-Key was already used with a different body.');
  }
  return (await findVerification(db, record.verificationId, now)) ?? null;
}
