// `run` in-process, for what a child process cannot easily provoke: an internal error.
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run';
import { FIXTURES, NOW } from './run-cli';

function collector() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('run', () => {
  it('exits 70 with one line on stderr when printing the report fails', async () => {
    const stderr = collector();
    const brokenStdout = new Writable();
    brokenStdout.write = () => {
      throw new Error('disk full');
    };

    const args = ['verify', FIXTURES.oidfCredential, '--offline', '--now', NOW];
    const code = await run(args, {
      stdin: new PassThrough(),
      stdout: brokenStdout,
      stderr: stderr.stream,
      clock: () => new Date(NOW),
    });

    expect(code).toBe(70);
    expect(stderr.text()).toBe('proofpath: internal error: disk full\n');
  });

  it('verifies at the injected clock when --now is not given', async () => {
    const stdout = collector();
    const args = ['verify', FIXTURES.oidfCredential, '--offline', '--json'];

    await run(args, {
      stdin: new PassThrough(),
      stdout: stdout.stream,
      stderr: collector().stream,
      clock: () => new Date('2030-06-01T12:00:00Z'),
    });

    expect(JSON.parse(stdout.text()).verifiedAt).toBe('2030-06-01T12:00:00.000Z');
  });
});
