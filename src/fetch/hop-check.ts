// The checks every hop passes before a request leaves: URL and address rules, the resolved
// addresses when a resolver is given, and the host's rate limit.
import { classifyAddress, isIpLiteral, normaliseHostname } from './address';
import type { Deadline } from './deadline';
import { forbiddenDestination, rateLimited, timedOut, unreachable } from './errors';
import type { GuardLimits } from './limits';
import type { HostRateLimiter } from './rate-limit';
import type { ResolveHost } from './transport';
import type { FetchError } from './types';
import { checkUrl } from './url-check';

export interface HopContext {
  resolveHost: ResolveHost | undefined;
  rateLimiter: HostRateLimiter | undefined;
  limits: GuardLimits;
}

async function resolvedError(
  hostname: string,
  context: HopContext & { resolveHost: ResolveHost },
  deadline: Deadline,
): Promise<FetchError | null> {
  const addresses = await deadline.within(context.resolveHost(hostname)).catch(() => null);
  if (deadline.signal.aborted) return timedOut(hostname, context.limits.timeoutMs);

  if (!addresses || addresses.length === 0) return unreachable(hostname);

  // Every address counts: a resolver may hand any one of them to the connection.
  for (const address of addresses) {
    const reason = classifyAddress(address);
    if (reason) return forbiddenDestination(reason);
  }
  return null;
}

/** Returns why `url` may not be requested now, or null when it may. */
export async function hopError(
  url: URL,
  context: HopContext,
  deadline: Deadline,
): Promise<FetchError | null> {
  const checked = checkUrl(url.href);
  if (!checked.ok) return checked.error;

  const host = normaliseHostname(url.hostname);
  const { resolveHost } = context;
  if (resolveHost && !isIpLiteral(url.hostname)) {
    const error = await resolvedError(host, { ...context, resolveHost }, deadline);
    if (error) return error;
  }

  if (context.rateLimiter && !context.rateLimiter.take(host)) return rateLimited(host);

  return null;
}
