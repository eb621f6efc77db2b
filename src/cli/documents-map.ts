// Reads the `--documents` map: a JSON object from URL to a file (relative to the map) or a status.
// Any problem in it is a usage error that names the entry, before anything is verified.
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { DocumentsMap, ServedDocument } from '../fetch/node/documents-transport';
import { UsageError } from './exit-codes';

type Entry = { file?: unknown; status?: unknown };

function fail(mapPath: string, problem: string): never {
  throw new UsageError(`documents map ${mapPath}: ${problem}`);
}

async function readMapJson(mapPath: string): Promise<Record<string, unknown>> {
  const text = await readFile(mapPath, 'utf8').catch(() => fail(mapPath, 'cannot be read'));

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    fail(mapPath, 'is not well-formed JSON');
  }

  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail(mapPath, 'must be a JSON object from URL to file or { "file", "status" }');
  }
  return value as Record<string, unknown>;
}

function normaliseKey(mapPath: string, key: string): string {
  const url = URL.canParse(key) ? new URL(key) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    fail(mapPath, `"${key}" is not an https: or http: URL (list a did:web by its did.json URL)`);
  }
  if (url.hash !== '') fail(mapPath, `"${key}" has a fragment, which is never fetched`);

  return url.href;
}

function readStatus(mapPath: string, key: string, status: unknown): number {
  if (status === undefined) return 200;

  const valid = Number.isInteger(status) && (status as number) >= 200 && (status as number) <= 599;
  if (!valid) fail(mapPath, `"${key}": status must be an integer from 200 to 599`);
  return status as number;
}

async function readFilePath(mapPath: string, key: string, file: unknown): Promise<string | null> {
  if (file === undefined) return null;
  if (typeof file !== 'string' || file === '') fail(mapPath, `"${key}": file must be a path`);

  const path = resolve(dirname(mapPath), file);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) fail(mapPath, `"${key}": ${file} is not a readable file`);
  return path;
}

async function readEntry(mapPath: string, key: string, value: unknown): Promise<ServedDocument> {
  const entry: Entry = typeof value === 'string' ? { file: value } : (value as Entry);
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
    fail(mapPath, `"${key}" must map to a file path or { "file", "status" }`);
  }

  const unknown = Object.keys(entry).find((name) => name !== 'file' && name !== 'status');
  if (unknown) fail(mapPath, `"${key}" has an unknown field "${unknown}"`);
  if (entry.file === undefined && entry.status === undefined) {
    fail(mapPath, `"${key}" needs a file, a status, or both`);
  }

  const status = readStatus(mapPath, key, entry.status);
  return { status, file: await readFilePath(mapPath, key, entry.file) };
}

/** Reads and checks a documents map. Throws `UsageError` naming the first problem found. */
export async function loadDocumentsMap(mapPath: string): Promise<DocumentsMap> {
  const json = await readMapJson(mapPath);
  const documents = new Map<string, ServedDocument>();

  for (const [key, value] of Object.entries(json)) {
    const url = normaliseKey(mapPath, key);
    if (documents.has(url)) fail(mapPath, `"${key}" is listed twice`);

    documents.set(url, await readEntry(mapPath, key, value));
  }
  return documents;
}
