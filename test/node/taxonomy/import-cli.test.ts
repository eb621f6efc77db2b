// `proofpath import` against a local D1 in a temporary folder (wrangler's --persist-to), with the
// migrations applied as `npm run db:migrate:local` does.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../cli/run-cli';
import { removeTempFiles, writeTempFile } from '../cli/temp-files';

let persist: string;

function migrate(folder: string): Promise<number | null> {
  const env = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' };
  const args = [
    'node_modules/wrangler/bin/wrangler.js',
    'd1',
    'migrations',
    'apply',
    'DB',
    '--local',
    '--persist-to',
    folder,
  ];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: 'ignore' });
  return new Promise((resolve) => child.on('close', resolve));
}

const importCli = (...args: string[]) => runCli(['import', ...args, '--persist-to', persist]);

beforeAll(async () => {
  persist = await mkdtemp(join(tmpdir(), 'proofpath-d1-'));
  expect(await migrate(persist)).toBe(0);
}, 120_000);

afterAll(async () => {
  await rm(persist, { recursive: true, force: true });
  await removeTempFiles();
});

describe('proofpath import', () => {
  it('imports the O*NET folder and says what was added, with the attribution', async () => {
    const result = await importCli(
      'onet',
      'test/fixtures/taxonomy/onet',
      '--framework-version',
      '30.0',
    );

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('committed — onet into O*NET version 30.0');
    expect(result.stdout).toContain('competencies      added 2204, removed 0, changed 0');
    expect(result.stdout).toContain(
      'Attribution: Includes information from the O*NET 30.0 Database',
    );
  });

  it('changes nothing when the same files are imported again', async () => {
    const result = await importCli(
      'onet',
      'test/fixtures/taxonomy/onet',
      '--framework-version',
      '30.0',
    );

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('unchanged');
  });

  it('prints the job as JSON with --json', async () => {
    const file = await writeTempFile(
      'acme.csv',
      'code,label,parent code\nA,Cloud,\nB,Kubernetes,A',
    );
    const result = await importCli('csv', file, '--title', 'Acme', '--json');

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      status: 'committed',
      target: { title: 'Acme' },
      result: { competencies: { added: 2 } },
    });
  });

  it('exits 64 for a bad file, naming its row and column', async () => {
    const file = await writeTempFile('bad.csv', 'code,label\nA,One\nA,Again');
    const result = await importCli('csv', file);

    expect(result.code).toBe(64);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'proofpath: cannot import row 3, column code of bad.csv: Duplicate code.\n',
    );
  });

  it('exits 64 for an unknown kind, and for a database that is not migrated', async () => {
    const kind = await importCli('xml', 'x.xml');
    const empty = await runCli([
      'import',
      'csv',
      'test/fixtures/taxonomy/esco/ictSkillsCollection_en.csv',
      '--persist-to',
      join(persist, 'nothing'),
    ]);

    expect(kind.code).toBe(64);
    expect(kind.stderr).toContain("unknown import kind 'xml'");
    expect(empty.code).toBe(64);
    expect(empty.stderr).toContain('run npm run db:migrate:local first');
  });
});
