// Turns what a person handed us (a URL, JSON, text) into a parsed credential, within limits.
import type { DocumentFetcher, FetchError } from '../../fetch/types';
import { check } from '../report/check';
import { unbake, imageContainer } from '../bake';
import { discoverCredential } from '../discover';
import type { Check, ReportSource } from '../report/types';
import { checkShape, MAX_DEPTH, MAX_FILE_BYTES, MAX_INPUT_BYTES, textDepth } from './limits';

export type VerificationInput =
  | { kind: 'url'; url: string }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; text: string }
  /** An uploaded file: a baked PNG or SVG badge, or a JSON or JWT file. Judged by content. */
  | { kind: 'file'; bytes: Uint8Array };

/** A credential ready for the pipeline: a JSON-LD object, or a compact JWT. */
export type ParsedCredential =
  | { form: 'json'; value: Record<string, unknown> }
  | { form: 'jwt'; token: string; enveloped: boolean };

export type ReadResult =
  | {
      ok: true;
      value: ParsedCredential;
      source?: ReportSource;
      /** True when the document was fetched from a link, so its "given copy" is the hosted one. */
      viaLink?: true;
    }
  | { ok: false; check: Check; source?: ReportSource };

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const ENVELOPE_PREFIXES = ['data:application/vc+jwt,', 'data:application/vc-ld+jwt,'];

function refuse(code: string, message: string): ReadResult {
  return { ok: false, check: check('input', 'failed', code, message) };
}

function fromEnvelope(id: string): ParsedCredential | null {
  const prefix = ENVELOPE_PREFIXES.find((p) => id.startsWith(p));
  if (!prefix) return null;

  const token = id.slice(prefix.length);
  return COMPACT_JWS.test(token) ? { form: 'jwt', token, enveloped: true } : null;
}

/** Classifies parsed JSON: a credential object, or an `EnvelopedVerifiableCredential`. */
export function readJson(value: unknown): ReadResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return refuse('not_a_credential', 'This is not a credential: expected a JSON object.');
  }

  const shape = checkShape(value);
  if (shape === 'too_deep') return refuse('input_too_deep', 'The document is nested too deeply.');
  if (shape) return refuse('input_too_complex', 'The document has too many values to check.');

  const object = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(object.type ?? []);
  if (types.includes('EnvelopedVerifiableCredential') && typeof object.id === 'string') {
    const envelope = fromEnvelope(object.id);
    if (envelope) return { ok: true, value: envelope };
    return refuse('envelope_unsupported', 'The enveloped credential is not a VC-JWT data URL.');
  }

  return { ok: true, value: { form: 'json', value: object } };
}

/** Classifies text: JSON, a compact JWT, or a `data:` URL holding a VC-JWT. */
export function readText(text: string): ReadResult {
  if (new TextEncoder().encode(text).length > MAX_INPUT_BYTES) {
    return refuse('input_too_large', 'The credential is larger than 1 MiB.');
  }

  const trimmed = text.trim();
  if (trimmed === '') return refuse('input_empty', 'Nothing was given: the input is empty.');

  if (COMPACT_JWS.test(trimmed))
    return { ok: true, value: { form: 'jwt', token: trimmed, enveloped: false } };

  const envelope = fromEnvelope(trimmed);
  if (envelope) return { ok: true, value: envelope };

  if (!trimmed.startsWith('{')) {
    return refuse('not_a_credential', 'This is not a credential: it is neither JSON nor a JWT.');
  }

  if (textDepth(trimmed) > MAX_DEPTH)
    return refuse('input_too_deep', 'The document is nested too deeply.');

  try {
    return readJson(JSON.parse(trimmed));
  } catch {
    return refuse('json_malformed', 'The document is not well-formed JSON.');
  }
}

function unreachable(error: FetchError): ReadResult {
  const status =
    error.code === 'url_forbidden' || error.code === 'url_invalid' ? 'failed' : 'unknown';
  const code = status === 'failed' ? error.code : `credential_${error.code}`;

  return { ok: false, check: check('input', status, code, error.message) };
}

/** The link opens a page about the badge and nothing behind it is a credential. */
function pageWithoutCredential(): ReadResult {
  const message =
    'This link opens a web page about the badge, and no credential could be found behind it. ' +
    'Download the badge image or its JSON from the page and upload that instead.';
  return refuse('credential_not_found_in_page', message);
}

async function readUrl(url: string, fetcher: DocumentFetcher): Promise<ReadResult> {
  const found = await discoverCredential(url, fetcher);
  if (!found.ok) {
    const failure = found.webPage ? pageWithoutCredential() : unreachable(found.error);
    return { ...failure, source: { kind: 'url' } };
  }

  const { discoveredBy, platform } = found;
  const source: ReportSource = platform
    ? { kind: 'url', discoveredBy, platform }
    : { kind: 'url', discoveredBy };
  const read = readText(found.text);
  return read.ok ? { ...read, source, viaLink: true } : { ...read, source };
}

/** A file is an image when its bytes say so; otherwise it is read as JSON or JWT text. */
async function readFile(bytes: Uint8Array, fetcher: DocumentFetcher): Promise<ReadResult> {
  if (bytes.length > MAX_FILE_BYTES)
    return refuse('input_too_large', 'The file is larger than 5 MiB.');

  const container = imageContainer(bytes);
  if (!container) return { ...readText(new TextDecoder().decode(bytes)), source: { kind: 'file' } };

  const baked = await unbake(bytes);
  if (!baked.ok)
    return {
      ok: false,
      check: check('input', 'failed', baked.code, baked.message),
      source: { kind: container },
    };

  // Open Badges 1.0 and hosted 2.0 images may carry only the assertion's URL.
  const text = baked.text.trim();
  const read = /^https?:\/\//.test(text) ? await readUrl(text, fetcher) : readText(text);
  return { ...read, source: { kind: container } };
}

export async function readInput(
  input: VerificationInput,
  fetcher: DocumentFetcher,
): Promise<ReadResult> {
  if (input.kind === 'json') return readJson(input.value);
  if (input.kind === 'text') return readText(input.text);
  if (input.kind === 'file') return readFile(input.bytes, fetcher);

  return readUrl(input.url, fetcher);
}
