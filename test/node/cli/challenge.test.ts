// `proofpath verify --challenge <nonce> --domain <domain>`: a presentation is checked against the
// nonce the person running the command issued, and vouched for as fresh.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerificationReport } from '../../../src/verify';
import { signCredential, type TestKeyPair } from '../../worker/support/sign';
import { NOW, REPO_ROOT, runCli } from './run-cli';
import { removeTempFiles, writeTempFile } from './temp-files';

const NONCE = 'cli-nonce-5e1f0c2a9b7d';
const DOMAIN = 'verifier.example';
const OFFLINE = ['--json', '--offline', '--now', NOW];

let presentationFile: string;

async function fixture<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(join(REPO_ROOT, 'test/fixtures', path), 'utf8')) as T;
}

/** A presentation by a did:key holder of a credential issued to it, answering NONCE for DOMAIN. */
async function signedPresentation(): Promise<Record<string, unknown>> {
  const issuerKey = await fixture<TestKeyPair>('vc-di/w3c-vc-di-eddsa/keyPair.json');
  const pairs = await fixture<Record<string, TestKeyPair>>(
    'vc-di/w3c-vc-di-eddsa/proof-set-chain/multiKeyPairs.json',
  );
  const holderKey = pairs.keyPair1 as TestKeyPair;
  const holder = `did:key:${holderKey.publicKeyMultibase}`;

  const unsigned = await fixture<Record<string, unknown>>('vc-di/w3c-vc-di-eddsa/unsigned.json');
  const issuer = `did:key:${issuerKey.publicKeyMultibase}`;
  const subject = { ...(unsigned.credentialSubject as object), id: holder };
  const credential = await signCredential(
    { ...unsigned, issuer, credentialSubject: subject },
    issuerKey,
  );

  const presentation = {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiablePresentation'],
    holder,
    verifiableCredential: [credential],
  };
  const proof = { proofPurpose: 'authentication', challenge: NONCE, domain: DOMAIN };
  return signCredential(presentation, holderKey, proof);
}

function challengeCodes(stdout: string): string[] {
  const report = JSON.parse(stdout) as VerificationReport;
  return report.checks.filter((c) => c.id === 'challenge').map((c) => c.code);
}

beforeAll(async () => {
  const presentation = await signedPresentation();
  presentationFile = await writeTempFile('presentation.json', JSON.stringify(presentation));
});
afterAll(removeTempFiles);

describe('proofpath verify --challenge --domain', () => {
  it('exits 0 for a presentation answering the nonce for the domain', async () => {
    const args = ['--challenge', NONCE, '--domain', DOMAIN];

    const result = await runCli(['verify', presentationFile, ...args, ...OFFLINE]);

    expect(result.code).toBe(0);
    expect(challengeCodes(result.stdout)).toEqual(['challenge_valid']);
  });

  it('exits 1 when the presentation answers another nonce', async () => {
    const args = ['--challenge', 'another-nonce', '--domain', DOMAIN];

    const result = await runCli(['verify', presentationFile, ...args, ...OFFLINE]);

    expect(result.code).toBe(1);
    expect(challengeCodes(result.stdout)).toEqual(['challenge_mismatch']);
  });

  it('exits 1 when the presentation was made for another domain', async () => {
    const args = ['--challenge', NONCE, '--domain', 'proofpath.example'];

    const result = await runCli(['verify', presentationFile, ...args, ...OFFLINE]);

    expect(result.code).toBe(1);
    expect(challengeCodes(result.stdout)).toEqual(['domain_mismatch']);
  });

  it('warns, without failing, when no nonce is given to compare', async () => {
    const result = await runCli(['verify', presentationFile, ...OFFLINE]);

    expect(result.code).toBe(0);
    expect(challengeCodes(result.stdout)).toEqual(['challenge_not_checked']);
  });

  it('exits 64 for --domain without --challenge', async () => {
    const result = await runCli(['verify', presentationFile, '--domain', DOMAIN]);

    expect(result.code).toBe(64);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--domain is checked only with --challenge');
  });

  it('lists both options in --help', async () => {
    const result = await runCli(['--help']);

    expect(result.stdout).toContain('--challenge <nonce>');
    expect(result.stdout).toContain('--domain <domain>');
  });
});
