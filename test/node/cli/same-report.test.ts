// The surface never changes the report: the CLI prints what the engine returns in-process for the
// same input, documents and `now`, and its table names every check of that report.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadDocumentsMap } from '../../../src/cli/documents-map';
import { createNodeFetcher } from '../../../src/fetch/node/node-fetcher';
import { type VerificationReport, verifyCredential } from '../../../src/verify';
import { FIXTURES, NOW, runCli } from './run-cli';

async function engineReport(credentialPath: string, mapPath: string): Promise<VerificationReport> {
  const documents = await loadDocumentsMap(mapPath);
  const fetcher = createNodeFetcher({ documents, offline: true });
  const text = await readFile(credentialPath, 'utf8');

  return verifyCredential({ kind: 'text', text }, { fetcher, now: new Date(NOW) });
}

const CASES = [
  ['a valid credential', FIXTURES.oidfCredential, FIXTURES.oidfDidMap],
  ['a revoked credential', FIXTURES.revokedCredential, FIXTURES.revokedMap],
] as const;

describe.each(CASES)('proofpath verify on %s', (_name, credential, map) => {
  const args = ['verify', credential, '--documents', map, '--offline', '--now', NOW];

  it('prints with --json exactly the report the engine returns', async () => {
    const expected = await engineReport(credential, map);

    const result = await runCli([...args, '--json']);

    expect(result.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('prints a table naming the verdict and every check with its status and code', async () => {
    const expected = await engineReport(credential, map);

    const result = await runCli(args);
    const lines = result.stdout.split('\n');

    expect(lines[0]).toMatch(new RegExp(`^Verdict\\s+${expected.verdict}$`));
    for (const check of expected.checks) {
      const row = new RegExp(`^\\s+${check.id}\\s+${check.status}\\s+${check.code}\\s+`);
      expect(lines.filter((line) => row.test(line)).length).toBeGreaterThan(0);
    }
  });
});
