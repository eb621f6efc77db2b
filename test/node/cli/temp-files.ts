// Scratch files for tests, in one temporary folder per test file that `removeTempFiles` deletes.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const folders: string[] = [];

/** Writes `content` to a new file called `name` and returns its absolute path. */
export async function writeTempFile(name: string, content: string | Uint8Array): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'proofpath-test-'));
  folders.push(folder);

  const path = join(folder, name);
  await writeFile(path, content);
  return path;
}

/** Deletes every file `writeTempFile` made; call it in `afterAll`. */
export async function removeTempFiles(): Promise<void> {
  await Promise.all(
    folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })),
  );
}
