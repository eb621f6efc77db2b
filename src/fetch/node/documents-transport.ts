// A transport that serves documents from local files named by a map, instead of the network.
// The guard still checks what it serves: content type, size and status, as for fetched documents.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import type { Transport } from '../transport';

/** One map entry: an HTTP status, and the file whose bytes are the body (none for an error). */
export interface ServedDocument {
  status: number;
  /** Absolute path of the body, or null for an empty body. */
  file: string | null;
}

/** Served documents by URL, keyed by the normalised URL (`new URL(key).href`). */
export type DocumentsMap = ReadonlyMap<string, ServedDocument>;

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.jwt': 'application/jwt',
};

/** The content type a served file is announced with, from its extension. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

async function serve(document: ServedDocument): Promise<Response> {
  if (document.file === null) return new Response(null, { status: document.status });

  const { size } = await stat(document.file);
  const body = Readable.toWeb(createReadStream(document.file)) as ReadableStream<Uint8Array>;
  const headers = { 'content-type': contentTypeFor(document.file), 'content-length': `${size}` };

  return new Response(body, { status: document.status, headers });
}

function offline(url: string): Promise<Response> {
  // Rejected like a network failure, so the guard reports the URL as unreachable.
  return Promise.reject(new TypeError(`fetch failed: ${url} is not served offline`));
}

/**
 * A transport that answers the URLs of `documents` from their files and hands every other URL
 * to `fallback`; without one (offline), every other URL is unreachable.
 */
export function createDocumentsTransport(
  documents: DocumentsMap,
  fallback: Transport | null,
): Transport {
  return async (request) => {
    const document = documents.get(withoutFragment(request.url));
    if (document) return serve(document);

    return fallback ? fallback(request) : offline(request.url);
  };
}
