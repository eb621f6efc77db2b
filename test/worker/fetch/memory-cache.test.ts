import { describe, expect, it } from 'vitest';
import { createMemoryCache } from '../../../src/fetch';
import type { CacheEntry } from '../../../src/fetch';

function entry(bytes: number): CacheEntry {
  const document = {
    url: 'https://example.org/',
    finalUrl: 'https://example.org/',
    status: 200,
    contentType: 'application/json',
    body: new Uint8Array(bytes),
    insecure: false,
    fromCache: false,
  };
  return { document, expiresAt: 1 };
}

describe('createMemoryCache', () => {
  it('returns what was stored', async () => {
    const cache = createMemoryCache();
    await cache.set('a', entry(1));

    expect((await cache.get('a'))?.document.body.byteLength).toBe(1);
  });

  it('evicts the least recently used entry beyond its entry limit', async () => {
    const cache = createMemoryCache({ maxEntries: 2 });
    await cache.set('a', entry(1));
    await cache.set('b', entry(1));
    await cache.get('a');
    await cache.set('c', entry(1));

    expect(await cache.get('a')).toBeDefined();
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('c')).toBeDefined();
  });

  it('evicts beyond its byte limit', async () => {
    const cache = createMemoryCache({ maxBytes: 100 });
    await cache.set('a', entry(60));
    await cache.set('b', entry(60));

    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('b')).toBeDefined();
  });

  it('does not keep an entry larger than the whole cache', async () => {
    const cache = createMemoryCache({ maxBytes: 100 });
    await cache.set('a', entry(101));

    expect(await cache.get('a')).toBeUndefined();
  });

  it('counts bytes of a replaced entry once', async () => {
    const cache = createMemoryCache({ maxBytes: 100 });
    await cache.set('a', entry(60));
    await cache.set('a', entry(60));
    await cache.set('b', entry(40));

    expect(await cache.get('a')).toBeDefined();
    expect(await cache.get('b')).toBeDefined();
  });
});
