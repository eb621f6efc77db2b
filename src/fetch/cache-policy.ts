// How the fetcher uses its cache: what an entry is keyed by, when a hit is fresh, and how long a
// new answer is kept. Hits and stores hand out copies, so callers cannot change cached bytes.
import { cacheLifetime, type LifetimeCaps } from './cache-lifetime';
import type { Answer } from './exchange';
import type { DocumentCache } from './memory-cache';
import type { FetchedDocument, FetchOptions } from './types';

/** One entry per kind and URL; the fragment names a part of the document, not another one. */
export function cacheKey(url: URL, options: FetchOptions): string {
  const withoutFragment = new URL(url.href);
  withoutFragment.hash = '';
  return `${options.kind} ${withoutFragment.href}`;
}

/** A fresh cached document for `key`, answered as `url`; a cache that fails counts as a miss. */
export async function readCached(
  cache: DocumentCache,
  key: string,
  url: string,
  nowMs: number,
): Promise<FetchedDocument | undefined> {
  const entry = await cache.get(key).catch(() => undefined);
  if (!entry) return undefined;

  if (entry.expiresAt <= nowMs) {
    await cache.delete(key).catch(() => {});
    return undefined;
  }

  return { ...entry.document, url, body: entry.document.body.slice(), fromCache: true };
}

/** Keeps a successful answer for as long as its headers and the caps allow (maybe not at all). */
export async function storeAnswer(
  cache: DocumentCache,
  key: string,
  answer: Answer,
  document: FetchedDocument,
  timing: { nowMs: number; caps: LifetimeCaps },
): Promise<void> {
  const seconds = cacheLifetime(answer.headers, timing.nowMs, timing.caps);
  if (seconds <= 0) return;

  const entry = {
    document: { ...document, body: document.body.slice() },
    expiresAt: timing.nowMs + seconds * 1000,
  };
  await cache.set(key, entry).catch(() => {});
}
