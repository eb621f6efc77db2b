import {
  createExecutionContext,
  createScheduledController,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteExpired } from '../../../src/db/cleanup';
import { createDb } from '../../../src/db/client';
import { insertVerification } from '../../../src/db/verifications';
import worker from '../../../src/worker';
import type { VerificationReport } from '../../../src/verify/report/types';

const db = createDb(env.DB);
const CREATED = new Date('2026-11-01T00:00:00.000Z');
const EXPIRED = new Date('2026-11-15T00:00:00.000Z');
const CLEANUP = new Date('2026-11-20T00:00:00.000Z');
const LIVE = new Date('2026-12-01T00:00:00.000Z');

const report = {
  schemaVersion: '1.2.0',
  verdict: 'invalid',
  authentic: false,
  format: { type: 'unknown', dataModel: null, securing: null },
  subject: null,
  checks: [],
  verifiedAt: CREATED.toISOString(),
} satisfies VerificationReport;

async function ids(table: 'verifications' | 'idempotency_keys'): Promise<string[]> {
  const column = table === 'verifications' ? 'id' : 'key';
  const rows = await env.DB.prepare(`SELECT ${column} AS v FROM ${table} ORDER BY 1`).all<{
    v: string;
  }>();
  return rows.results.map((row) => row.v);
}

beforeEach(async () => {
  await env.DB.batch([
    env.DB.prepare('DELETE FROM idempotency_keys'),
    env.DB.prepare('DELETE FROM verifications'),
  ]);
  const stored = (id: string, expiresAt: Date) => ({ id, report, createdAt: CREATED, expiresAt });
  await insertVerification(db, stored('old', EXPIRED), { key: 'old-key', requestHash: 'h' });
  await insertVerification(db, stored('new', LIVE), { key: 'new-key', requestHash: 'h' });
});

describe('deleting expired records', () => {
  it('removes expired reports and keys and keeps live ones', async () => {
    const removed = await deleteExpired(db, CLEANUP);

    expect(removed).toEqual({ verifications: 1, idempotencyKeys: 1 });
    expect(await ids('verifications')).toEqual(['new']);
    expect(await ids('idempotency_keys')).toEqual(['new-key']);
  });

  it('runs from the Worker cron with the scheduled time as now', async () => {
    const controller = createScheduledController({ scheduledTime: CLEANUP, cron: '17 3 * * *' });
    const ctx = createExecutionContext();

    await worker.scheduled(controller, env, ctx);
    await waitOnExecutionContext(ctx);

    expect(await ids('verifications')).toEqual(['new']);
    expect(await ids('idempotency_keys')).toEqual(['new-key']);
  });
});
