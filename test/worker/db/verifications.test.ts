import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../../src/db/client';
import { findIdempotencyKey } from '../../../src/db/idempotency-keys';
import { findVerification, insertVerification } from '../../../src/db/verifications';
import type { VerificationReport } from '../../../src/verify/report/types';

const db = createDb(env.DB);
const T0 = new Date('2026-11-01T00:00:00.000Z');
const LATER = new Date('2026-12-01T00:00:00.000Z');

const report: VerificationReport = {
  schemaVersion: '1.2.0',
  verdict: 'indeterminate',
  authentic: null,
  format: { type: 'unknown', dataModel: null, securing: null },
  subject: null,
  checks: [],
  verifiedAt: T0.toISOString(),
};

const record = () => ({ id: crypto.randomUUID(), report, createdAt: T0, expiresAt: LATER });

describe('stored verifications', () => {
  it('reads back what was stored, with its dates', async () => {
    const stored = record();
    await insertVerification(db, stored);

    const found = await findVerification(db, stored.id, T0);

    expect(found).toEqual({ ...stored, verdict: 'indeterminate' });
  });

  it('are not found at or after their expiry', async () => {
    const stored = record();
    await insertVerification(db, stored);

    expect(await findVerification(db, stored.id, LATER)).toBeUndefined();
  });

  it('store an idempotency key with the report', async () => {
    const stored = record();
    await insertVerification(db, stored, { key: 'k-1', requestHash: 'h' });

    expect(await findIdempotencyKey(db, 'k-1', T0)).toMatchObject({
      verificationId: stored.id,
      requestHash: 'h',
      expiresAt: LATER,
    });
  });
});

describe('attacks: a live idempotency key used twice', () => {
  it('fails the whole batch, so no second report is left behind', async () => {
    await insertVerification(db, record(), { key: 'k-2', requestHash: 'h' });
    const second = record();

    await expect(
      insertVerification(db, second, { key: 'k-2', requestHash: 'h' }),
    ).rejects.toThrow();

    expect(await findVerification(db, second.id, T0)).toBeUndefined();
  });

  it('replaces an expired key', async () => {
    await insertVerification(db, record(), { key: 'k-3', requestHash: 'old' });
    const later = { ...record(), createdAt: LATER, expiresAt: new Date('2027-01-01') };

    await insertVerification(db, later, { key: 'k-3', requestHash: 'new' });

    expect(await findIdempotencyKey(db, 'k-3', LATER)).toMatchObject({
      verificationId: later.id,
      requestHash: 'new',
    });
  });
});
