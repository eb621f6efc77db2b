// `proofpath verify --recipient <identity>`: was the credential issued to this candidate?
import { afterAll, describe, expect, it } from 'vitest';
import type { VerificationReport } from '../../../src/verify';
import { badgeForNobody } from '../../worker/support/recipient-badge';
import { NOW, runCli } from './run-cli';
import { removeTempFiles, writeTempFile } from './temp-files';

afterAll(removeTempFiles);

async function verifyFor(recipient: string) {
  const file = await writeTempFile('badge.json', JSON.stringify(await badgeForNobody()));
  const result = await runCli([
    'verify',
    file,
    '--json',
    '--offline',
    '--now',
    NOW,
    '--recipient',
    recipient,
  ]);
  const report = JSON.parse(result.stdout) as VerificationReport;
  return { result, recipient: report.checks.find((c) => c.id === 'recipient') };
}

describe('proofpath verify --recipient', () => {
  it('exits 0 when the salted hash matches the candidate email', async () => {
    const { result, recipient } = await verifyFor('nobody@example.org');

    expect(recipient?.status).toBe('passed');
    expect(result.code).toBe(0);
  });

  it('exits 1 when the credential was issued to someone else', async () => {
    const { result, recipient } = await verifyFor('mallory@example.org');

    expect(recipient?.code).toBe('recipient_mismatch');
    expect(result.code).toBe(1);
  });

  it('refuses an empty recipient as a usage error', async () => {
    const result = await runCli(['verify', 'x.json', '--recipient', ' ']);

    expect(result.code).toBe(64);
  });
});
