// Stored verification reports: write one (with its idempotency key, atomically) and read one.
import { and, eq, gt, lte } from 'drizzle-orm';
import type { VerificationReport } from '../verify/report/types';
import type { Db } from './client';
import { idempotencyKeys, type VerificationRow, verifications } from './schema';

export interface NewVerification {
  id: string;
  report: VerificationReport;
  createdAt: Date;
  expiresAt: Date;
}

/** The idempotency key to record with a new report: the key and the SHA-256 of the request. */
export interface NewIdempotencyKey {
  key: string;
  requestHash: string;
}

/**
 * Stores a report, and the idempotency key that produced it when there is one, in one batch:
 * either both rows are written or neither. An expired record of the same key is replaced; a
 * live one makes the batch fail (the caller then replays or refuses).
 */
export async function insertVerification(
  db: Db,
  record: NewVerification,
  idempotency?: NewIdempotencyKey,
): Promise<void> {
  const row = { ...record, verdict: record.report.verdict };
  const insertReport = db.insert(verifications).values(row);
  if (!idempotency) {
    await insertReport;
    return;
  }

  const { createdAt, expiresAt, id } = record;
  const keyRow = { ...idempotency, verificationId: id, createdAt, expiresAt };
  const expired = and(
    eq(idempotencyKeys.key, keyRow.key),
    lte(idempotencyKeys.expiresAt, createdAt),
  );
  await db.batch([
    db.delete(idempotencyKeys).where(expired),
    insertReport,
    db.insert(idempotencyKeys).values(keyRow),
  ]);
}

/** The stored report with this id, unless it is unknown or has expired at `now`. */
export async function findVerification(
  db: Db,
  id: string,
  now: Date,
): Promise<VerificationRow | undefined> {
  return db
    .select()
    .from(verifications)
    .where(and(eq(verifications.id, id), gt(verifications.expiresAt, now)))
    .get();
}
