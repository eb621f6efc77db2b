// Reads the files an import names: each file as UTF-8 text, each folder as its .csv, .txt and
// .json files in name order. Anything unreadable is a usage error that names it.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ImportFile } from '../taxonomy/import-read';
import { UsageError } from './exit-codes';

const IMPORTABLE = /\.(csv|txt|json)$/i;

async function filesOf(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new UsageError(`cannot read ${path}: no such file or folder`);
  if (!info.isDirectory()) return [path];

  const names = (await readdir(path)).filter((name) => IMPORTABLE.test(name)).sort();
  if (names.length === 0) throw new UsageError(`${path} holds no .csv, .txt or .json file`);
  return names.map((name) => join(path, name));
}

async function readText(path: string): Promise<ImportFile> {
  const bytes = await readFile(path).catch(() => {
    throw new UsageError(`cannot read ${path}`);
  });
  try {
    return {
      name: basename(path),
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
    };
  } catch {
    throw new UsageError(`${path} is not UTF-8 text`);
  }
}

/** The files to import, in the order given (folders expanded). */
export async function readImportFiles(paths: readonly string[]): Promise<ImportFile[]> {
  const all: string[] = [];
  for (const path of paths) all.push(...(await filesOf(path)));

  const files: ImportFile[] = [];
  for (const path of all) files.push(await readText(path));
  return files;
}
