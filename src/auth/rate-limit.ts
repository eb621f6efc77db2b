// Rate limits as fixed windows counted in D1 (one upsert per check). D1 is used rather than a
// Workers Rate Limiting binding because it behaves the same locally, in tests and deployed.
import type { Db } from '../db/client';
import { countHit } from '../db/rate-limits';
import { hashToken } from './tokens';

/** A limit: at most `limit` requests per `windowSeconds` for one subject. */
export interface RateLimitPolicy {
  name: string;
  limit: number;
  windowSeconds: number;
}

/** The limits. Sign-in is counted per IP and per account, so neither one address nor many stop. */
export const RATE_LIMITS = {
  signInPerIp: { name: 'sign_in_ip', limit: 20, windowSeconds: 900 },
  signInPerAccount: { name: 'sign_in_account', limit: 10, windowSeconds: 900 },
  invitationPerIp: { name: 'invitation_ip', limit: 20, windowSeconds: 900 },
  verificationPerIp: { name: 'verification_ip', limit: 60, windowSeconds: 60 },
  verificationPerKey: { name: 'verification_key', limit: 600, windowSeconds: 60 },
  searchPerIp: { name: 'search_ip', limit: 120, windowSeconds: 60 },
  searchPerKey: { name: 'search_key', limit: 600, windowSeconds: 60 },
} as const satisfies Record<string, RateLimitPolicy>;

/** The verdict on one request: allowed, or refused until `retryAfterSeconds` have passed. */
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts a request by `subject` (an IP address, a key id, an email) against a policy. The subject
 * is stored only as a hash, so the table holds no addresses or emails.
 */
export async function hitRateLimit(
  db: Db,
  policy: RateLimitPolicy,
  subject: string,
  now: Date,
): Promise<RateLimitResult> {
  const windowMs = policy.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  const key = `${policy.name}:${await hashToken(subject)}`;

  const { count } = await countHit(db, key, new Date(start), new Date(start + windowMs));
  if (count <= policy.limit) return { allowed: true };

  const retryAfterMs = start + windowMs - now.getTime();
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}
