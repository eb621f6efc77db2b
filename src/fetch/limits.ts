// The guard's limits and their defaults. Callers may tighten or loosen any of them.
import type { DocumentKind } from './types';

export interface GuardLimits {
  /** Milliseconds for one whole exchange: every redirect hop and the full body. */
  timeoutMs: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
  /** Largest JSON or JWT body, in bytes. */
  maxBytes: number;
  /** Largest HTML body, in bytes. */
  maxHtmlBytes: number;
  /** Longest any answer is cached, whatever the server or caller says, in seconds. */
  maxCacheSeconds: number;
  /**
   * Seconds an answer is cached when the server sends neither `Cache-Control` nor `Expires`.
   * Five minutes: long enough to spare a host repeated lookups of the same DID document during
   * a batch, short enough that a revoked key or changed status list shows up soon after.
   */
  defaultCacheSeconds: number;
  /** Requests to one host allowed in a burst, refilled evenly over `hostWindowSeconds`. */
  hostRequests: number;
  hostWindowSeconds: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_LIMITS: GuardLimits = {
  timeoutMs: 5000,
  maxRedirects: 5,
  maxBytes: MIB,
  maxHtmlBytes: 2 * MIB,
  maxCacheSeconds: 3600,
  defaultCacheSeconds: 300,
  hostRequests: 20,
  hostWindowSeconds: 10,
};

/** The body size limit for a kind of document. */
export function maxBytesFor(kind: DocumentKind, limits: GuardLimits): number {
  const page = kind === 'html' || kind === 'credential-or-page';
  return page ? limits.maxHtmlBytes : limits.maxBytes;
}
