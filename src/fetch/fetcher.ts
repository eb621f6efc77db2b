// The guarded fetcher: cache first, then the network through the guard, upgrading plain-HTTP
// links to HTTPS and falling back to HTTP (marked insecure) only when HTTPS does not answer.
import { cacheLifetime } from './cache-lifetime';
import * as errors from './errors';
import { type Answer, type ExchangeContext, exchange } from './exchange';
import { DEFAULT_LIMITS, type GuardLimits } from './limits';
import { type DocumentCache, createMemoryCache } from './memory-cache';
import { createHostRateLimiter, type HostRateLimiter } from './rate-limit';
import { defaultTransport, type ResolveHost, type Transport } from './transport';
import type { DocumentFetcher, FetchedDocument, FetchOptions, FetchOutcome } from './types';
import { checkUrl } from './url-check';

export interface GuardOptions {
  /** Sends requests; default `globalThis.fetch`. The CLI passes a DNS-pinning or file transport. */
  transport?: Transport;
  /** When given, every address a host resolves to must pass the address rules. */
  resolveHost?: ResolveHost;
  /** Where answers are kept; default a bounded in-memory LRU. `false` turns caching off. */
  cache?: DocumentCache | false;
  /** Milliseconds since the epoch; drives cache expiry and the rate limit. */
  now?: () => number;
  limits?: Partial<GuardLimits>;
  /** Per-host limiter; default a token bucket from `limits`. Share one to limit across fetchers. */
  rateLimit?: HostRateLimiter | false;
}

/** Failures after which a plain-HTTP link is retried over HTTP: HTTPS gave no answer at all. */
const NO_ANSWER = new Set(['unreachable', 'timeout']);

function cacheKey(url: URL, options: FetchOptions): string {
  const withoutFragment = new URL(url.href);
  withoutFragment.hash = '';
  return `${options.kind} ${withoutFragment.href}`;
}

function toDocument(url: string, answer: Answer): FetchedDocument {
  const { finalUrl, status, contentType, body, insecure } = answer;
  return { url, finalUrl: finalUrl.href, status, contentType, body, insecure, fromCache: false };
}

async function overNetwork(url: URL, options: FetchOptions, context: ExchangeContext) {
  if (url.protocol === 'https:') return exchange(url, options.kind, context);

  const upgraded = new URL(url.href);
  upgraded.protocol = 'https:';
  const secure = await exchange(upgraded, options.kind, context);
  if (secure.ok || !NO_ANSWER.has(secure.error.code)) return secure;

  return exchange(url, options.kind, context);
}

async function fromCache(
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

  // A copy, so a caller that changes its bytes cannot change what the next caller gets.
  return { ...entry.document, url, body: entry.document.body.slice(), fromCache: true };
}

async function remember(
  cache: DocumentCache,
  key: string,
  answer: Answer,
  document: FetchedDocument,
  caps: { nowMs: number; callerMaxSeconds: number | undefined; limits: GuardLimits },
): Promise<void> {
  const seconds = cacheLifetime(answer.headers, caps.nowMs, {
    callerMaxSeconds: caps.callerMaxSeconds,
    globalMaxSeconds: caps.limits.maxCacheSeconds,
    defaultSeconds: caps.limits.defaultCacheSeconds,
  });
  if (seconds <= 0) return;

  const stored = { ...document, body: document.body.slice() };
  await cache
    .set(key, { document: stored, expiresAt: caps.nowMs + seconds * 1000 })
    .catch(() => {});
}

/**
 * Creates the fetcher every outbound request of the product goes through. Its `fetch` never
 * throws: it returns the document or a `FetchError` with a stable code.
 *
 * Create one per isolate or process and reuse it: its cache and per-host rate limit live in it.
 *
 * @example
 * const fetcher = createGuardedFetcher();
 * const outcome = await fetcher.fetch('https://example.org/issuer.json', { kind: 'json' });
 */
export function createGuardedFetcher(options: GuardOptions = {}): DocumentFetcher {
  const now = options.now ?? Date.now;
  const limits: GuardLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const cache = options.cache === false ? undefined : (options.cache ?? createMemoryCache());
  const { hostRequests: requests, hostWindowSeconds: windowSeconds } = limits;
  const rateLimiter =
    options.rateLimit === false
      ? undefined
      : (options.rateLimit ?? createHostRateLimiter({ requests, windowSeconds, now }));
  const transport = options.transport ?? defaultTransport;
  const context: ExchangeContext = {
    transport,
    resolveHost: options.resolveHost,
    rateLimiter,
    limits,
  };

  const fetchDocument = async (url: string, fetchOptions: FetchOptions): Promise<FetchOutcome> => {
    const checked = checkUrl(url);
    if (!checked.ok) return checked;

    const key = cacheKey(checked.url, fetchOptions);
    const hit = cache && (await fromCache(cache, key, url, now()));
    if (hit) return { ok: true, document: hit };

    const result = await overNetwork(checked.url, fetchOptions, context);
    if (!result.ok) return result;

    const document = toDocument(url, result.answer);
    const callerMaxSeconds = fetchOptions.maxCacheSeconds;
    if (cache)
      await remember(cache, key, result.answer, document, {
        nowMs: now(),
        callerMaxSeconds,
        limits,
      });
    return { ok: true, document };
  };

  return {
    async fetch(url, fetchOptions) {
      try {
        return await fetchDocument(url, fetchOptions);
      } catch {
        return {
          ok: false,
          error: errors.fetchError('unreachable', 'The document could not be fetched.'),
        };
      }
    },
  };
}
