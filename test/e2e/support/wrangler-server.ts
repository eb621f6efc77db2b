// Runs the Worker for the browser tests: applies the D1 migrations to a fresh state directory,
// then starts `wrangler dev` on a free port in its own process group, and stops that group.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The project root, where wrangler.toml lives. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/** Wrangler's own entry, started with the Node running the tests (Node 22, not the system one). */
const WRANGLER = join(PROJECT_ROOT, 'node_modules/wrangler/bin/wrangler.js');

const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 3_000;

/** A running `wrangler dev`: its address, its D1 state directory and how to stop it. */
export interface WranglerServer {
  baseUrl: string;
  persistTo: string;
  stop(): Promise<void>;
}

/** Environment for every wrangler command: no telemetry, no `Request.cf` download, no prompts. */
export function wranglerEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CI: 'true',
    WRANGLER_SEND_METRICS: 'false',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  };
}

/** Runs one wrangler command to completion and returns its standard output. */
export async function runWrangler(args: string[]): Promise<string> {
  const options = { cwd: PROJECT_ROOT, env: wranglerEnv(), maxBuffer: 16 * 1024 * 1024 };
  const { stdout } = await run(process.execPath, [WRANGLER, ...args], options);
  return stdout;
}

/** A TCP port nothing listens on at this moment. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));

  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('No free port found.');
  return address.port;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Signals the whole process group (wrangler and its workerd), then kills what is left. */
async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || !isAlive(pid)) return;

  process.kill(-pid, 'SIGTERM');
  const deadline = Date.now() + STOP_GRACE_MS;
  while (isAlive(pid) && child.exitCode === null && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
  }

  if (isAlive(pid)) process.kill(-pid, 'SIGKILL');
}

/** Keeps what the process prints, to show when it fails to start. */
function collectOutput(child: ChildProcess): () => string {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return () => output;
}

async function waitUntilAnswering(baseUrl: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + READY_TIMEOUT_MS;

  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`wrangler dev exited with code ${child.exitCode}:\n${log()}`);
    }
    const answered = await fetch(baseUrl).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((done) => setTimeout(done, 250));
  }

  throw new Error(`wrangler dev did not answer at ${baseUrl} within 60 s:\n${log()}`);
}

function startDev(port: number, inspectorPort: number, persistTo: string): ChildProcess {
  const args = [WRANGLER, 'dev', '--ip', '127.0.0.1', '--port', String(port)];
  args.push('--inspector-port', String(inspectorPort), '--persist-to', persistTo);
  args.push('--show-interactive-dev-session=false');
  // The same local-only settings as `npm start`: the demo seed and a development pepper.
  args.push(
    '--var',
    'DEMO_SEED:true',
    '--var',
    'PASSWORD_PEPPER:local-development-pepper-not-a-secret',
  );

  return spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: wranglerEnv(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Migrates a fresh local D1 and starts `wrangler dev` on it; resolves once `/` answers. */
export async function startWranglerServer(): Promise<WranglerServer> {
  const persistTo = await mkdtemp(join(tmpdir(), 'proofpath-e2e-'));
  let child: ChildProcess | undefined;
  // A last resort when the runner exits without its teardown: leave no workerd, no state behind.
  const onExit = () => {
    if (child?.pid !== undefined && isAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
    rmSync(persistTo, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    if (child) await stopGroup(child);
    await rm(persistTo, { recursive: true, force: true });
  };

  try {
    await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo]);
    const port = await freePort();
    child = startDev(port, await freePort(), persistTo);
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitUntilAnswering(baseUrl, child, collectOutput(child));
    return { baseUrl, persistTo, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
