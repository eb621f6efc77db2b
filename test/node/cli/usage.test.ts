// The command line's usage errors (exit 64, one line on stderr, nothing on stdout) and its help.
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './run-cli';
import { removeTempFiles, writeTempFile } from './temp-files';

afterAll(removeTempFiles);

function expectUsageError(result: { code: number | null; stdout: string; stderr: string }) {
  expect(result.code).toBe(64);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
}

describe('proofpath usage errors', () => {
  it('exits 64 when no command is given', async () => {
    const result = await runCli([]);

    expectUsageError(result);
    expect(result.stderr).toContain('no command given');
  });

  it('exits 64 when verify has no argument', async () => {
    const result = await runCli(['verify']);

    expectUsageError(result);
    expect(result.stderr).toContain('verify needs a file, a URL, or - for stdin');
  });

  it('exits 64 for an unknown command', async () => {
    const result = await runCli(['check', FIXTURES.oidfCredential]);

    expectUsageError(result);
    expect(result.stderr).toContain("unknown command 'check'");
  });

  it('exits 64 for an unknown option and names it', async () => {
    const result = await runCli(['verify', FIXTURES.oidfCredential, '--verbose']);

    expectUsageError(result);
    expect(result.stderr).toContain("'--verbose'");
  });

  it('exits 64 for a second argument', async () => {
    const result = await runCli(['verify', FIXTURES.oidfCredential, 'other.json']);

    expectUsageError(result);
    expect(result.stderr).toContain("unexpected argument 'other.json'");
  });

  it('exits 64 when --now is not an ISO 8601 instant', async () => {
    const result = await runCli(['verify', FIXTURES.oidfCredential, '--now', 'next tuesday']);

    expectUsageError(result);
    expect(result.stderr).toContain('--now must be an ISO 8601 date');
  });

  it('exits 64 when the credential file does not exist, naming it', async () => {
    const result = await runCli(['verify', 'no-such-credential.json']);

    expectUsageError(result);
    expect(result.stderr).toContain('cannot read no-such-credential.json: no such file');
  });

  it('exits 64 when the documents map is not JSON, naming the problem', async () => {
    const map = await writeTempFile('map.json', '{ "https://example.org/a.json": ');

    const result = await runCli(['verify', FIXTURES.oidfCredential, '--documents', map]);

    expectUsageError(result);
    expect(result.stderr).toContain(`documents map ${map}: is not well-formed JSON`);
  });

  it('exits 64 when a documents map entry names a missing file', async () => {
    const entries = { 'https://example.org/did.json': 'missing.json' };
    const map = await writeTempFile('map.json', JSON.stringify(entries));

    const result = await runCli(['verify', FIXTURES.oidfCredential, '--documents', map]);

    expectUsageError(result);
    expect(result.stderr).toContain('"https://example.org/did.json": missing.json is not');
  });
});

describe('proofpath --help', () => {
  it('prints the usage on stdout and exits 0', async () => {
    const result = await runCli(['--help']);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: proofpath verify <file|url|-> [options]');
    expect(result.stderr).toBe('');
  });
});
