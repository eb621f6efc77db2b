// Runs `src/cli/proofpath.mjs` as a child process from the repository root, as a user would.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `proofpath <args>` with `stdin` written to its standard input, and waits for it to exit. */
export function runCli(args: string[], stdin = ''): Promise<CliResult> {
  const child = spawn(process.execPath, ['src/cli/proofpath.mjs', ...args], { cwd: REPO_ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  child.stdin.end(stdin);

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Paths used by the CLI tests, relative to the repository root. */
const DID_WEB_CREDENTIALS = 'test/fixtures/ob3/dcc-vc-test-fixtures/v2/dataIntegrityProof/didweb';

export const FIXTURES = {
  oidfCredential: `${DID_WEB_CREDENTIALS}/oidf-noStatus-notExpired.json`,
  revokedCredential: `${DID_WEB_CREDENTIALS}/legacy-revokedStatus-noExpiry.json`,
  oidfDidMap: 'test/node/cli/fixtures/oidf-did-web.map.json',
  revokedMap: 'test/node/cli/fixtures/legacy-revoked.map.json',
  credentialUrlMap: 'test/node/cli/fixtures/credential-url.map.json',
  didNotFoundMap: 'test/node/cli/fixtures/did-not-found.map.json',
} as const;

/** The instant every CLI test verifies at. */
export const NOW = '2026-01-01T00:00:00Z';
