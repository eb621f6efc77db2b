// `proofpath verify` end to end: exit codes follow the verdict, documents come from a map, and
// input comes from a file, a URL or stdin. No test reaches the network: every run is --offline.
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { VerificationReport } from '../../../src/verify';
import { FIXTURES, NOW, runCli } from './run-cli';
import { removeTempFiles, writeTempFile } from './temp-files';

afterAll(removeTempFiles);

const OFFLINE = ['--offline', '--now', NOW];

function checkOf(report: VerificationReport, id: string) {
  return report.checks.find((check) => check.id === id);
}

describe('proofpath verify exit codes', () => {
  it('exits 1 with an invalid verdict for JSON that is not a credential', async () => {
    const file = await writeTempFile('random.json', '{ "name": "not a credential", "n": 42 }');

    const result = await runCli(['verify', file, '--json', ...OFFLINE]);

    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).verdict).toBe('invalid');
    expect(result.stderr).toBe('');
  });

  it('exits 0 for a signed credential whose did:web document the map serves', async () => {
    const args = ['verify', FIXTURES.oidfCredential, '--documents', FIXTURES.oidfDidMap];

    const result = await runCli([...args, '--json', ...OFFLINE]);

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).verdict).toBe('valid');
  });

  it('exits 2 when --offline leaves the did:web document unreachable', async () => {
    const result = await runCli(['verify', FIXTURES.oidfCredential, '--json', ...OFFLINE]);

    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).verdict).toBe('indeterminate');
  });

  it('exits 1 for a credential the served status list marks revoked', async () => {
    const args = ['verify', FIXTURES.revokedCredential, '--documents', FIXTURES.revokedMap];

    const result = await runCli([...args, '--json', ...OFFLINE]);
    const report = JSON.parse(result.stdout) as VerificationReport;

    expect(result.code).toBe(1);
    expect(checkOf(report, 'status')).toMatchObject({ status: 'failed', code: 'revoked' });
  });

  it('exits 1 when --now is after the credential’s validUntil', async () => {
    const args = ['verify', FIXTURES.oidfCredential, '--documents', FIXTURES.oidfDidMap];

    const result = await runCli([...args, '--json', '--offline', '--now', '2057-01-01']);
    const report = JSON.parse(result.stdout) as VerificationReport;

    expect(result.code).toBe(1);
    expect(checkOf(report, 'validity_period')?.status).toBe('failed');
    expect(report.verifiedAt).toBe('2057-01-01T00:00:00.000Z');
  });
});

describe('proofpath verify --documents', () => {
  it('serves a { "status": 404 } entry as an HTTP 404 answer', async () => {
    const args = ['verify', FIXTURES.oidfCredential, '--documents', FIXTURES.didNotFoundMap];

    const result = await runCli([...args, '--json', ...OFFLINE]);
    const report = JSON.parse(result.stdout) as VerificationReport;

    expect(result.code).toBe(1);
    expect(checkOf(report, 'proof')).toMatchObject({ status: 'failed', code: 'did_not_found' });
  });

  it('serves a credential URL given as the argument', async () => {
    const url = 'https://badges.example.org/credentials/teamwork.json';

    const result = await runCli([
      'verify',
      url,
      '--documents',
      FIXTURES.credentialUrlMap,
      ...OFFLINE,
    ]);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Verdict\s+valid$/m);
  });

  it('reports an unlisted credential URL as unreachable under --offline', async () => {
    const url = 'https://badges.example.org/credentials/unlisted.json';

    const result = await runCli(['verify', url, '--json', ...OFFLINE]);
    const report = JSON.parse(result.stdout) as VerificationReport;

    expect(result.code).toBe(2);
    expect(checkOf(report, 'input')?.code).toBe('credential_unreachable');
  });
});

describe('proofpath verify input', () => {
  it('reads the credential from stdin when the argument is -', async () => {
    const credential = await readFile(FIXTURES.oidfCredential, 'utf8');

    const args = ['verify', '-', '--documents', FIXTURES.oidfDidMap, '--json', ...OFFLINE];
    const result = await runCli(args, credential);

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).verdict).toBe('valid');
  });

  it('reads a compact JWT from a file as text', async () => {
    const file = await writeTempFile('token.jwt', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.\n');

    const result = await runCli(['verify', file, '--json', ...OFFLINE]);
    const report = JSON.parse(result.stdout) as VerificationReport;

    // The JWT path's refusal, not the text path's `not_a_credential` or `json_malformed`.
    expect(result.code).toBe(1);
    expect(checkOf(report, 'input')?.code).toBe('jwt_not_a_credential');
  });
});
