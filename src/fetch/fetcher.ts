// The guarded fetcher: cache first, then the network through the guard, upgrading plain-HTTP
// links to HTTPS and falling back to HTTP (marked insecure) only when HTTPS does not answer.
import { cacheKey, readCached, storeAnswer } from './cache-policy';
import { fetchError } from './errors';
import { type Answer, type ExchangeContext, exchange } from './exchange';
import { DEFAULT_LIMITS, type GuardLimits } from './limits';
import { createMemoryCache, type DocumentCache } from './memory-cache';
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

function rateLimiterFor(options: GuardOptions, limits: GuardLimits, now: () => number) {
  if (options.rateLimit === false) return undefined;

  const { hostRequests: requests, hostWindowSeconds: windowSeconds } = limits;
  return options.rateLimit ?? createHostRateLimiter({ requests, windowSeconds, now });
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
  const context: ExchangeContext = {
    transport: options.transport ?? defaultTransport,
    resolveHost: options.resolveHost,
    rateLimiter: rateLimiterFor(options, limits, now),
    limits,
  };

  const fetchDocument = async (url: string, fetchOptions: FetchOptions): Promise<FetchOutcome> => {
    const checked = checkUrl(url);
    if (!checked.ok) return checked;

    const key = cacheKey(checked.url, fetchOptions);
    const hit = cache && (await readCached(cache, key, url, now()));
    if (hit) return { ok: true, document: hit };

    const result = await overNetwork(checked.url, fetchOptions, context);
    if (!result.ok) return result;

    const document = toDocument(url, result.answer);
    const caps = {
      callerMaxSeconds: fetchOptions.maxCacheSeconds,
      globalMaxSeconds: limits.maxCacheSeconds,
      defaultSeconds: limits.defaultCacheSeconds,
    };
    if (cache) await storeAnswer(cache, key, result.answer, document, { nowMs: now(), caps });
    return { ok: true, document };
  };

  return {
    async fetch(url, fetchOptions) {
      try {
        return await fetchDocument(url, fetchOptions);
      } catch {
        const message = 'The document could not be fetched.';
        return { ok: false, error: fetchError('unreachable', message) };
      }
    },
  };
}
