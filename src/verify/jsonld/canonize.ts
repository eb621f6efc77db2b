// RDF Dataset Canonicalization (RDFC-1.0) of JSON-LD, in safe mode, with the pinned contexts only.
// The package's browser build: Web Crypto hashing, and no Node HTTP client (workerd refuses it).
import jsonld from 'jsonld/dist/jsonld.esm.min.js';
import { bundledDocumentLoader, UnknownContextError } from './loader';

export type CanonizeResult =
  | { ok: true; nquads: string }
  | { ok: false; code: 'context_unknown' | 'jsonld_unsafe'; message: string; url?: string };

function describe(error: unknown): CanonizeResult {
  const cause = (error as { details?: { cause?: unknown } })?.details?.cause ?? error;
  if (cause instanceof UnknownContextError || error instanceof UnknownContextError) {
    const url = (cause as UnknownContextError).url ?? (error as UnknownContextError).url;
    return { ok: false, code: 'context_unknown', message: `Unknown JSON-LD context: ${url}`, url };
  }

  const message = String((error as { message?: string })?.message ?? 'JSON-LD processing failed');
  return { ok: false, code: 'jsonld_unsafe', message: `JSON-LD safe mode refused it: ${message}` };
}

/** Canonical N-Quads of a JSON-LD document. Safe mode: a term that does not expand is an error. */
export async function canonize(document: unknown): Promise<CanonizeResult> {
  try {
    const nquads = await jsonld.canonize(document, {
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      documentLoader: bundledDocumentLoader,
      safe: true,
      base: null,
    });
    return { ok: true, nquads };
  } catch (error) {
    return describe(error);
  }
}
