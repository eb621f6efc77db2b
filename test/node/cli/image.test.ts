// `proofpath verify badge.png`: image files (baked PNG and SVG badges) are read as bytes and
// unbaked by the engine; anything else in a file is still read as JSON or JWT text.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { VerificationReport } from '../../../src/verify';
import { NOW, REPO_ROOT, runCli } from './run-cli';
import { removeTempFiles, writeTempFile } from './temp-files';

afterAll(removeTempFiles);

const OFFLINE = ['--json', '--offline', '--now', NOW];
const BAKED = 'test/fixtures/baked';

async function verifyFile(path: string) {
  const result = await runCli(['verify', path, ...OFFLINE]);
  return { ...result, report: JSON.parse(result.stdout) as VerificationReport };
}

/** Runs `proofpath verify - …` with `bytes` on standard input (runCli only writes text). */
function verifyStdin(bytes: Uint8Array): Promise<VerificationReport> {
  const child = spawn(process.execPath, ['src/cli/proofpath.mjs', 'verify', '-', ...OFFLINE], {
    cwd: REPO_ROOT,
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stdin.end(bytes);

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => resolve(JSON.parse(stdout) as VerificationReport));
  });
}

function inputCheck(report: VerificationReport) {
  return report.checks.find((check) => check.id === 'input');
}

describe('proofpath verify on a baked image', () => {
  it('exits 0 for a valid Open Badges 3.0 credential baked into a PNG', async () => {
    const { code, report } = await verifyFile(`${BAKED}/generated/ob3-itxt.png`);

    expect(code).toBe(0);
    expect(report.verdict).toBe('valid');
    expect(report.source).toEqual({ kind: 'png' });
  });

  it('exits 0 for a VC-JWT in the verify attribute of an SVG', async () => {
    const { code, report } = await verifyFile(`${BAKED}/generated/ob3-verify-jwt.svg`);

    expect(code).toBe(0);
    expect(report.source).toEqual({ kind: 'svg' });
  });

  it('reads a PNG from standard input', async () => {
    const bytes = await readFile(`${REPO_ROOT}${BAKED}/generated/ob3-itxt.png`);

    const report = await verifyStdin(bytes);

    expect(report.verdict).toBe('valid');
    expect(report.source).toEqual({ kind: 'png' });
  });

  it('exits 1 with "No credential found in this image." for an unbaked PNG', async () => {
    const { code, report } = await verifyFile(`${BAKED}/badgr-server/unbaked_image.png`);

    expect(code).toBe(1);
    expect(inputCheck(report)).toMatchObject({
      status: 'failed',
      code: 'no_credential_in_image',
      message: 'No credential found in this image.',
    });
  });

  it('prints the image’s failure in the table too', async () => {
    const path = `${BAKED}/badgr-server/test_badgeclass.svg`;

    const result = await runCli(['verify', path, '--offline', '--now', NOW]);

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^\s+input\s+failed\s+no_credential_in_image\s+/m);
  });

  it('reads badgr’s bad_image.png (JSON bytes) as JSON text, not as an image', async () => {
    const { code, report } = await verifyFile(`${BAKED}/badgr-server/bad_image.png`);

    expect(code).toBe(1);
    expect(report.source).toBeUndefined();
    expect(report.checks.map((check) => check.code)).not.toContain('no_credential_in_image');
  });
});

describe('attacks: hostile image files', () => {
  it('prints nothing of an SVG full of <script> tags', async () => {
    const path = `${BAKED}/badgr-server/hacked-svg-with-embedded-script-tags.svg`;

    const { code, stdout, report } = await verifyFile(path);

    expect(code).toBe(1);
    expect(inputCheck(report)?.code).toBe('no_credential_in_image');
    expect(stdout).not.toMatch(/script|alert/i);
  });

  it('refuses an image file over 5 MiB without reading all of it (input_too_large)', async () => {
    const png = await readFile(`${REPO_ROOT}${BAKED}/generated/ob3-itxt.png`);
    const padded = new Uint8Array(6 * 1024 * 1024);
    padded.set(png);
    const path = await writeTempFile('huge.png', padded);

    const { code, report } = await verifyFile(path);

    expect(code).toBe(1);
    expect(inputCheck(report)).toMatchObject({ status: 'failed', code: 'input_too_large' });
  });
});
