// A DocumentFetcher over the global fetch, for tests: MSW answers, this maps the answer the way
// the real outbound guard reports it (status, content type, body, plain HTTP).
import type { DocumentFetcher, FetchOptions, FetchOutcome } from '../../../../src/fetch/types';

export interface RecordedFetch {
  url: string;
  options: FetchOptions;
}

function failure(
  code: 'unreachable' | 'http_error' | 'rate_limited',
  status?: number,
): FetchOutcome {
  const message = 'The document could not be fetched.';
  return { ok: false, error: status === undefined ? { code, message } : { code, message, status } };
}

async function outcome(url: string): Promise<FetchOutcome> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    return failure('unreachable');
  }
  if (response.status === 429) return failure('rate_limited', 429);
  if (!response.ok) return failure('http_error', response.status);

  const body = new Uint8Array(await response.arrayBuffer());
  const contentType = response.headers.get('content-type') ?? '';
  const insecure = url.startsWith('http:');
  const document = { url, finalUrl: url, status: response.status, contentType, body, insecure };
  return { ok: true, document: { ...document, fromCache: false } };
}

/** The fetcher, and the list of what it was asked for (to assert cache hints and no fetch). */
export function testFetcher(): { fetcher: DocumentFetcher; requests: RecordedFetch[] } {
  const requests: RecordedFetch[] = [];
  const fetcher: DocumentFetcher = {
    fetch(url, options) {
      requests.push({ url, options });
      return outcome(url);
    },
  };
  return { fetcher, requests };
}
