// The outbound guard: the only module that reaches the network. Every request for a credential,
// DID document, controller document, status list or schema goes through `createGuardedFetcher`.
export type * from './types';
export { type ForbiddenReason, classifyAddress, classifyHost } from './address';
export { createGuardedFetcher, type GuardOptions } from './fetcher';
export { DEFAULT_LIMITS, type GuardLimits } from './limits';
export { type CacheEntry, type DocumentCache, createMemoryCache } from './memory-cache';
export { createHostRateLimiter, type HostRateLimiter } from './rate-limit';
export type { ResolveHost, Transport } from './transport';
export { checkUrl, type UrlCheck } from './url-check';
