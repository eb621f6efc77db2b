// How a stored verification appears in the API: the report plus `id`, `permalink`, `expiresAt`,
// and the URLs of the API resource and the report page.
import type { StoredVerification } from './store-verification';

/** The report page of a verification: the link to share. */
export function permalinkFor(origin: string, id: string): string {
  return `${origin}/verifications/${id}`;
}

/** The API resource of a verification (the `Location` of a 201). */
export function resourceUrlFor(origin: string, id: string): string {
  return `${origin}/api/v1/verifications/${id}`;
}

/** The JSON body for a stored verification. */
export function toResource(stored: StoredVerification, origin: string) {
  return {
    id: stored.id,
    permalink: permalinkFor(origin, stored.id),
    expiresAt: stored.expiresAt.toISOString(),
    ...stored.report,
  };
}
