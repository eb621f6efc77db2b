// The issuer's verification policy (Open Badges 2.0, Profile `verification`): which addresses
// may host its badges. By default, the host of the issuer's own id; else `allowedOrigins` and
// `startsWith` as the issuer lists them.
import { isObject, type Json, text } from './types';

export interface VerificationPolicy {
  /** Host names an assertion id may be on; null when the issuer sets no such rule. */
  allowedOrigins: string[] | null;
  /** Prefixes an assertion id must start with; null when the issuer sets no such rule. */
  startsWith: string[] | null;
}

/** The lower-case host name of a web address, or null when it is not one. */
export function hostOf(url: string | null): string | null {
  if (url === null || !URL.canParse(url)) return null;

  const parsed = new URL(url);
  const web = parsed.protocol === 'https:' || parsed.protocol === 'http:';
  return web ? parsed.hostname.toLowerCase() : null;
}

function strings(value: unknown): string[] | null {
  if (value === undefined || value === null) return null;

  return [value].flat().filter((v): v is string => typeof v === 'string');
}

/** "example.org" as the specification writes it, or "https://example.org" as some issuers do. */
function originHost(origin: string): string {
  return hostOf(origin) ?? origin.trim().toLowerCase();
}

/** The issuer's policy; null when it sets none and its id is not a web address. */
export function policyOf(issuer: Json): VerificationPolicy | null {
  const verification = issuer.verification;
  const own = isObject(verification) ? verification : {};
  const allowedOrigins = strings(own.allowedOrigins)?.map(originHost) ?? null;
  const startsWith = strings(own.startsWith);
  if (allowedOrigins !== null || startsWith !== null) return { allowedOrigins, startsWith };

  const host = hostOf(text(issuer.id));
  return host === null ? null : { allowedOrigins: [host], startsWith: null };
}

/** Whether a URL is within the policy: on an allowed host, and under an allowed prefix. */
export function withinPolicy(url: string, policy: VerificationPolicy): boolean {
  const host = hostOf(url);
  if (host === null) return false;

  const { allowedOrigins, startsWith } = policy;
  if (allowedOrigins !== null && !allowedOrigins.includes(host)) return false;
  return startsWith === null || startsWith.some((prefix) => url.startsWith(prefix));
}
