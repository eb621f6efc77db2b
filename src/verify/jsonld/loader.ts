// The only JSON-LD document loader: it serves the pinned bundle and refuses everything else.
import { BUNDLED_CONTEXTS } from '../contexts';

/** Thrown by the loader; carries the URL so the context check can name it. */
export class UnknownContextError extends Error {
  constructor(readonly url: string) {
    super(`unknown JSON-LD context ${url}`);
    this.name = 'UnknownContextError';
  }
}

export interface RemoteDocument {
  contextUrl: null;
  documentUrl: string;
  document: unknown;
}

export async function bundledDocumentLoader(url: string): Promise<RemoteDocument> {
  const bundled = BUNDLED_CONTEXTS.get(url);
  if (!bundled) throw new UnknownContextError(url);

  return { contextUrl: null, documentUrl: url, document: bundled.document };
}

/** The context URLs a document names at any depth, in order of first appearance. */
export function contextUrls(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) contextUrls(item, found);
    return found;
  }
  if (value === null || typeof value !== 'object') return found;

  for (const [key, child] of Object.entries(value)) {
    if (key !== '@context') contextUrls(child, found);
    else for (const entry of [child].flat()) if (typeof entry === 'string') found.add(entry);
  }
  return found;
}
