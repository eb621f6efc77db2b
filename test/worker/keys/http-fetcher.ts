// Test fetchers: one over global fetch (MSW answers it), and one that always fails the same way.
import type { DocumentFetcher, FetchError } from '../../../src/fetch/types';

async function fetchOutcome(url: string, insecure: boolean) {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    return { ok: false as const, error: { code: 'unreachable' as const, message: 'No answer.' } };
  }

  if (response.status === 429) {
    return { ok: false as const, error: { code: 'rate_limited' as const, message: 'Too many.' } };
  }
  if (!response.ok) {
    const message = `HTTP ${response.status}.`;
    return {
      ok: false as const,
      error: { code: 'http_error' as const, message, status: response.status },
    };
  }

  const body = new Uint8Array(await response.arrayBuffer());
  const contentType = response.headers.get('content-type') ?? '';
  const document = {
    url,
    finalUrl: url,
    status: response.status,
    contentType,
    body,
    insecure,
    fromCache: false,
  };
  return { ok: true as const, document };
}

/** Fetches with global fetch; `insecure` marks every answer as having come over plain HTTP. */
export function httpFetcher(
  options: { insecure?: boolean } = {},
): DocumentFetcher & { urls: string[] } {
  const urls: string[] = [];
  return {
    urls,
    fetch(url) {
      urls.push(url);
      return fetchOutcome(url, options.insecure ?? false);
    },
  };
}

/** A fetcher whose every request fails with `error` (timeouts, forbidden addresses...). */
export function failingFetcher(error: FetchError): DocumentFetcher {
  return { fetch: async () => ({ ok: false, error }) };
}

/** A fetcher that must not be used: did:key and did:jwk resolve without the network. */
export const offlineFetcher: DocumentFetcher = {
  fetch: async () => {
    throw new Error('the network was used');
  },
};
