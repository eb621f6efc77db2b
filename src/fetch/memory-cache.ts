// The document cache contract and its default: an in-memory LRU bounded by entries and bytes.
import type { FetchedDocument } from './types';

export interface CacheEntry {
  document: FetchedDocument;
  /** Milliseconds since the epoch (on the fetcher's clock) after which the entry is stale. */
  expiresAt: number;
}

/**
 * Where the guard keeps successful answers. Implementations may be shared between fetchers and
 * may be asynchronous (a KV- or Cache-API-backed one); the guard checks `expiresAt` itself.
 */
export interface DocumentCache {
  get(key: string): Promise<CacheEntry | undefined>;
  set(key: string, entry: CacheEntry): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface MemoryCacheLimits {
  maxEntries: number;
  maxBytes: number;
}

const DEFAULT_MEMORY_LIMITS: MemoryCacheLimits = { maxEntries: 500, maxBytes: 16 * 1024 * 1024 };

/** An in-memory cache that evicts the least recently used entries beyond its limits. */
export function createMemoryCache(limits: Partial<MemoryCacheLimits> = {}): DocumentCache {
  const { maxEntries, maxBytes } = { ...DEFAULT_MEMORY_LIMITS, ...limits };
  const entries = new Map<string, CacheEntry>();
  let bytes = 0;

  const remove = (key: string): void => {
    const entry = entries.get(key);
    if (!entry) return;

    bytes -= entry.document.body.byteLength;
    entries.delete(key);
  };

  const evict = (): void => {
    for (const key of entries.keys()) {
      if (entries.size <= maxEntries && bytes <= maxBytes) return;
      remove(key);
    }
  };

  return {
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;

      // Map keeps insertion order: re-inserting marks the entry as most recently used.
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    async set(key, entry) {
      remove(key);
      if (entry.document.body.byteLength > maxBytes) return;

      entries.set(key, entry);
      bytes += entry.document.body.byteLength;
      evict();
    },
    async delete(key) {
      remove(key);
    },
  };
}
