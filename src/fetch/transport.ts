// The seams the guard is built on: how a request is sent and how a host name is resolved.
import { type ForbiddenReason, isForbiddenReason } from './address';

/**
 * Sends one request and returns the raw answer; redirects must come back unfollowed. A transport
 * that checks addresses itself (the Node DNS-pinning one) rejects with an error whose `code` is
 * `'url_forbidden'` and whose `reason` is a `ForbiddenReason`; any other rejection is a network
 * failure.
 */
export type Transport = (request: Request) => Promise<Response>;

/** Returns every address a host name resolves to (IPv4 or IPv6 text). */
export type ResolveHost = (hostname: string) => Promise<string[]>;

/** `globalThis.fetch`, looked up at call time so a test's interceptor is honoured. */
export const defaultTransport: Transport = (request) => globalThis.fetch(request);

/**
 * The reason a transport gave for refusing a destination, or null for a plain failure. Looks one
 * level into `cause`, where `fetch` implementations put the error underneath `fetch failed`.
 */
export function refusalReason(error: unknown): ForbiddenReason | null {
  return ownReason(error) ?? ownReason((error as { cause?: unknown } | null)?.cause);
}

function ownReason(error: unknown): ForbiddenReason | null {
  if (typeof error !== 'object' || error === null) return null;

  const { code, reason } = error as { code?: unknown; reason?: unknown };
  return code === 'url_forbidden' && isForbiddenReason(reason) ? reason : null;
}
