// Reads an import request: `multipart/form-data` with the kind, the options and one or more
// `file` fields, or JSON naming a CASE API URL, which is fetched through the outbound guard.
import type { Context } from 'hono';
import { checkUrl } from '../../fetch/index';
import { IMPORT_KINDS, type ImportKind, type ImportOptions } from '../../taxonomy/framework-target';
import { sha256Hex } from '../../taxonomy/ids';
import { invalid } from '../../taxonomy/import-error';
import type { ImportFile } from '../../taxonomy/import-read';
import { mediaTypeEssence } from '../api-request';
import type { AppEnv } from '../app-env';
import { refuse } from '../problems';
import { shortText } from './taxonomy-params';

/** What an import request asks for, and the canonical text that fingerprints it. */
export interface ImportSubmission {
  kind: ImportKind | null;
  files: ImportFile[];
  options: ImportOptions;
  commit: boolean;
  sourceUrl: string | null;
  fingerprint: Uint8Array;
}

const OPTION_FIELDS = [
  'frameworkVersion',
  'title',
  'frameworkUri',
  'source',
  'licence',
  'attribution',
  'crosswalkName',
] as const;

type Fields = Record<string, unknown>;

function readKind(value: unknown, required: boolean): ImportKind | null {
  if (value === undefined && !required) return null;
  if (typeof value === 'string' && (IMPORT_KINDS as readonly string[]).includes(value)) {
    return value as ImportKind;
  }
  return refuse('input_invalid', `kind must be one of ${IMPORT_KINDS.join(', ')}.`);
}

function readOptions(fields: Fields): ImportOptions {
  const options: ImportOptions = {};
  for (const name of OPTION_FIELDS) options[name] = shortText(fields[name], name, 2000);
  return options;
}

/** A file's text, strict UTF-8; anything else is an import error naming the file. */
export function decode(name: string, bytes: BufferSource): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return invalid({ file: name, row: null, column: null }, 'The file is not UTF-8 text.');
  }
}

async function readFiles(value: unknown): Promise<ImportFile[]> {
  const list = (Array.isArray(value) ? value : value === undefined ? [] : [value]) as unknown[];
  const files: ImportFile[] = [];
  for (const item of list) {
    if (!(item instanceof File)) refuse('input_invalid', '`file` must be an uploaded file.');
    const name = item.name.slice(0, 200) || `file-${files.length + 1}`;
    files.push({ name, text: decode(name, await item.arrayBuffer()) });
  }
  if (files.length === 0) refuse('input_missing', 'Upload at least one file in the `file` field.');
  return files;
}

async function fingerprintOf(fields: Fields, files: ImportFile[]): Promise<Uint8Array> {
  const named = Object.keys(fields)
    .filter((name) => name !== 'file')
    .sort();
  const text = JSON.stringify({
    fields: named.map((name) => [name, typeof fields[name] === 'string' ? fields[name] : null]),
    files: await Promise.all(files.map(async (f) => [f.name, await sha256Hex(f.text)])),
  });
  return new TextEncoder().encode(text);
}

async function fromMultipart(c: Context<AppEnv>, kindRequired: boolean): Promise<ImportSubmission> {
  const fields = (await c.req.parseBody({ all: true })) as Fields;
  const files = await readFiles(fields.file);

  return {
    kind: readKind(fields.kind, kindRequired),
    files,
    options: readOptions(fields),
    commit: fields.commit !== 'false',
    sourceUrl: null,
    fingerprint: await fingerprintOf(fields, files),
  };
}

async function fetchPackage(
  c: Context<AppEnv>,
  url: unknown,
): Promise<{ file: ImportFile; url: string }> {
  if (typeof url !== 'string') return refuse('input_missing', 'Give the CASE package `url`.');
  const checked = checkUrl(url.trim());
  if (!checked.ok) {
    const code = checked.error.code === 'url_invalid' ? 'url_invalid' : 'url_forbidden';
    return refuse(code, checked.error.message);
  }

  const outcome = await c.var.fetcher.fetch(checked.url.href, { kind: 'json' });
  if (!outcome.ok) {
    const code =
      outcome.error.code === 'url_forbidden' ? 'url_forbidden' : 'import_source_unavailable';
    return refuse(code, outcome.error.message);
  }
  const href = checked.url.href;
  return { file: { name: href, text: decode(href, outcome.document.body) }, url: href };
}

async function fromJson(c: Context<AppEnv>, body: Uint8Array): Promise<ImportSubmission> {
  let fields: Fields;
  try {
    fields = JSON.parse(new TextDecoder().decode(body)) as Fields;
  } catch {
    return refuse('json_malformed', 'The request body is not well-formed JSON.');
  }
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    return refuse('input_invalid', 'Expected a JSON object with `kind` and `url`.');
  }
  if (fields.kind !== 'case')
    refuse('input_invalid', 'A JSON import names a CASE package: kind "case".');

  const fetched = await fetchPackage(c, fields.url);
  const commit = fields.commit !== false;
  return {
    kind: 'case',
    files: [fetched.file],
    options: readOptions(fields),
    commit,
    sourceUrl: fetched.url,
    fingerprint: body,
  };
}

/**
 * Reads the body of POST /imports (`kindRequired`) or POST /imports/{id}/files. JSON is read
 * for a new import only.
 */
export async function readImportSubmission(
  c: Context<AppEnv>,
  kindRequired: boolean,
): Promise<ImportSubmission> {
  const type = mediaTypeEssence(c.req.header('content-type'));
  if (type === 'multipart/form-data') return fromMultipart(c, kindRequired);
  if (type === 'application/json' && kindRequired) {
    return fromJson(c, new Uint8Array(await c.req.arrayBuffer()));
  }
  const accepted = kindRequired ? 'multipart/form-data or application/json' : 'multipart/form-data';
  return refuse('media_type_unsupported', `Send ${accepted}.`);
}
