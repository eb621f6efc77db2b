// The Access team's signing keys (a JWK Set at `<team domain>/cdn-cgi/access/certs`), fetched
// through the product's outbound guard and kept in its cache for a few minutes: Access rotates
// keys, so a new key is picked up soon after it appears.
import { createLocalJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import type { DocumentFetcher } from '../../fetch/types';

/** How long the key set is reused. */
export const TEAM_KEYS_CACHE_SECONDS = 300;

/** Thrown when the key set cannot be had; maps to a 500 whose log names only this class. */
export class AccessKeysUnavailableError extends Error {
  override readonly name = 'AccessKeysUnavailableError';

  constructor(detail: string) {
    super(`The Cloudflare Access signing keys could not be read: ${detail}`);
  }
}

/** Where a team publishes its keys. */
export function teamKeysUrl(teamDomain: string): string {
  return `${teamDomain}/cdn-cgi/access/certs`;
}

function parseKeySet(body: Uint8Array): JSONWebKeySet {
  try {
    const json = JSON.parse(new TextDecoder().decode(body)) as { keys?: unknown };
    if (Array.isArray(json.keys)) return { keys: json.keys };
  } catch {
    // Reported below, as for any other shape.
  }
  throw new AccessKeysUnavailableError('the answer is not a JWK Set.');
}

/** The team's keys, as a key resolver for `jwtVerify`. */
export async function teamKeys(
  fetcher: DocumentFetcher,
  teamDomain: string,
): Promise<JWTVerifyGetKey> {
  const outcome = await fetcher.fetch(teamKeysUrl(teamDomain), {
    kind: 'json',
    maxCacheSeconds: TEAM_KEYS_CACHE_SECONDS,
  });
  if (!outcome.ok) throw new AccessKeysUnavailableError(outcome.error.code);

  return createLocalJWKSet(parseKeySet(outcome.document.body));
}
