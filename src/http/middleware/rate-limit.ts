// Rate limiting in front of routes: per client IP (`CF-Connecting-IP`) and, for an API key, per
// key. Over the limit the answer is 429 `rate_limited` with `Retry-After` in seconds.
import type { Context, MiddlewareHandler } from 'hono';
import { hitRateLimit, RATE_LIMITS, type RateLimitPolicy } from '../../auth/rate-limit';
import type { AppEnv } from '../app-env';
import { ProblemError } from '../problems';

type Ctx = Context<AppEnv>;

/**
 * The client's address as Cloudflare's edge saw it. Without the header (local tools and tests)
 * every request shares one "unknown" subject.
 */
export function clientIp(c: Ctx): string {
  return c.req.header('cf-connecting-ip')?.trim() || 'unknown';
}

/** Counts the request against `policy` for `subject`; throws 429 when it is over the limit. */
export async function enforceRateLimit(c: Ctx, policy: RateLimitPolicy, subject: string) {
  const result = await hitRateLimit(c.var.db, policy, subject, c.var.now());
  if (result.allowed) return;

  const seconds = String(result.retryAfterSeconds);
  const detail = `Too many requests. Try again in ${seconds} seconds.`;
  throw new ProblemError('rate_limited', detail, { 'Retry-After': seconds });
}

/** Per key when an API key is used (its own, higher allowance), else per IP. */
function limitByKeyOrIp(
  perIp: RateLimitPolicy,
  perKey: RateLimitPolicy,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const access = c.var.access;
    if (access?.kind === 'api_key') await enforceRateLimit(c, perKey, access.key.id);
    else await enforceRateLimit(c, perIp, clientIp(c));
    await next();
  };
}

/** Limits verification requests (the open API and the pages' form): mount on their paths. */
export function limitVerifications(): MiddlewareHandler<AppEnv> {
  const limit = limitByKeyOrIp(RATE_LIMITS.verificationPerIp, RATE_LIMITS.verificationPerKey);

  return async (c, next) => (c.req.method === 'POST' ? limit(c, next) : next());
}

/** Limits talent-pool and competency search: mount on the search routes. */
export function limitSearch(): MiddlewareHandler<AppEnv> {
  return limitByKeyOrIp(RATE_LIMITS.searchPerIp, RATE_LIMITS.searchPerKey);
}
