// A presentation checked against a nonce the portal issued: POST /api/v1/verifications with
// `"challenge": "<nonce>"` uses the nonce exactly once, so a replayed presentation is never valid.
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import type { VerificationReport } from '../../../src/verify/report/types';
import {
  credentialFor,
  HOLDER,
  type PresentationProof,
  presentationOf,
  signPresentation,
} from '../presentation/support';
import { countRows, freezeClock, NOW, ORIGIN, postJson, send, startMockWeb } from './support';

startMockWeb();
freezeClock();

const DOMAIN = 'proofpath.test';

async function issueNonce(): Promise<string> {
  const res = await send(`${ORIGIN}/api/v1/challenges`, { method: 'POST' });
  return ((await res.json()) as { challenge: string }).challenge;
}

async function presentation(proof: PresentationProof) {
  return signPresentation(presentationOf([await credentialFor(HOLDER)]), proof);
}

async function verifyPresented(body: unknown, headers: Record<string, string> = {}) {
  const res = await postJson(body, headers);
  expect(res.status).toBe(201);
  return (await res.json()) as VerificationReport;
}

function challengeCodes(report: VerificationReport): string[] {
  return report.checks.filter((c) => c.id === 'challenge').map((c) => c.code);
}

describe('POST /api/v1/verifications with a challenge', () => {
  it('is valid when the presentation answers the issued nonce for this domain', async () => {
    const challenge = await issueNonce();
    const credential = await presentation({ challenge, domain: DOMAIN });

    const report = await verifyPresented({ credential, challenge });

    expect(report.verdict).toBe('valid');
    expect(report.format.type).toBe('verifiable-presentation');
    expect(challengeCodes(report)).toEqual(['challenge_valid']);
  });

  it('marks the nonce used', async () => {
    const challenge = await issueNonce();
    const credential = await presentation({ challenge, domain: DOMAIN });

    await verifyPresented({ credential, challenge });

    const row = await env.DB.prepare('SELECT used_at FROM challenges WHERE challenge = ?')
      .bind(challenge)
      .first<{ used_at: number | null }>();
    expect(row?.used_at).toBe(NOW.getTime());
  });

  it('fails a presentation made for another domain', async () => {
    const challenge = await issueNonce();
    const credential = await presentation({ challenge, domain: 'evil.example' });

    const report = await verifyPresented({ credential, challenge });

    expect(challengeCodes(report)).toEqual(['domain_mismatch']);
    expect(report.verdict).toBe('invalid');
  });

  it('fails a presentation that answers no nonce when one was issued', async () => {
    const challenge = await issueNonce();
    const credential = await presentation({});

    const report = await verifyPresented({ credential, challenge });

    expect(challengeCodes(report)).toEqual(['challenge_missing']);
    expect(report.verdict).toBe('invalid');
  });

  it('fails a nonce that expired before the presentation was sent', async () => {
    const challenge = await issueNonce();
    const credential = await presentation({ challenge, domain: DOMAIN });
    vi.setSystemTime(new Date(NOW.getTime() + 11 * 60 * 1000));

    const report = await verifyPresented({ credential, challenge });

    expect(challengeCodes(report)).toEqual(['challenge_expired']);
    expect(report.verdict).toBe('invalid');
  });

  it('fails a nonce this portal never issued', async () => {
    const challenge = 'made-up-nonce-nobody-issued';
    const credential = await presentation({ challenge, domain: DOMAIN });

    const report = await verifyPresented({ credential, challenge });

    expect(challengeCodes(report)).toEqual(['challenge_unknown']);
    expect(report.verdict).toBe('invalid');
  });

  it('answers a retry with the same Idempotency-Key with the first report', async () => {
    const challenge = await issueNonce();
    const body = { credential: await presentation({ challenge, domain: DOMAIN }), challenge };
    const first = await verifyPresented(body, { 'Idempotency-Key': `retry-${challenge}` });

    const retried = await postJson(body, { 'Idempotency-Key': `retry-${challenge}` });

    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(await retried.json()).toEqual(first);
  });
});

describe('replayed presentations', () => {
  it('fails the second verification of the same presentation with challenge_used', async () => {
    const challenge = await issueNonce();
    const body = { credential: await presentation({ challenge, domain: DOMAIN }), challenge };
    const first = await verifyPresented(body);

    const second = await verifyPresented(body);

    expect(first.verdict).toBe('valid');
    expect(challengeCodes(second)).toEqual(['challenge_used']);
    expect(second.verdict).toBe('invalid');
  });

  it('lets only one of two simultaneous verifications use the nonce', async () => {
    const challenge = await issueNonce();
    const body = { credential: await presentation({ challenge, domain: DOMAIN }), challenge };

    const reports = await Promise.all([verifyPresented(body), verifyPresented(body)]);

    expect(reports.map((r) => r.verdict).sort()).toEqual(['invalid', 'valid']);
  });

  it('never comes out valid under another Idempotency-Key', async () => {
    const challenge = await issueNonce();
    const body = { credential: await presentation({ challenge, domain: DOMAIN }), challenge };
    await verifyPresented(body, { 'Idempotency-Key': `first-${challenge}` });

    const replay = await verifyPresented(body, { 'Idempotency-Key': `second-${challenge}` });

    expect(challengeCodes(replay)).toEqual(['challenge_used']);
    expect(replay.verdict).toBe('invalid');
  });
});

describe('a malformed challenge field', () => {
  it.each([
    ['a number', 42],
    ['an empty string', ''],
    ['an over-long string', 'x'.repeat(257)],
  ])('refuses %s with 400 input_invalid and stores nothing', async (_name, challenge) => {
    const before = await countRows('verifications');
    const credential = await presentation({});

    const res = await postJson({ credential, challenge });

    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe('input_invalid');
    expect(await countRows('verifications')).toBe(before);
  });
});
