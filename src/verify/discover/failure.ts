// What to report when nothing behind a web page turned out to be a credential: a refusal by the
// guard first, then a failure that may pass, and otherwise plainly that the page is all there is.
import type { FetchError, FetchErrorCode } from '../../fetch/types';

export type DiscoveryFailure = {
  ok: false;
  error: FetchError;
  /** True when the link answered with a web page and no credential could be found behind it. */
  webPage?: true;
};

const TRANSIENT = new Set<FetchErrorCode>(['unreachable', 'timeout', 'rate_limited']);

const PAGE_ONLY: FetchError = {
  code: 'content_type',
  message: 'The link answered with a web page, not a credential.',
};

function transient(error: FetchError): boolean {
  return TRANSIENT.has(error.code) || (error.code === 'http_error' && (error.status ?? 0) >= 500);
}

/**
 * The outcome of a page whose follow-ups all failed. A link the guard refused is reported as
 * such (a page pointing at a private address is not a harmless dead end); a server that could
 * not answer now makes the result unknown rather than failed.
 */
export function pageFailure(failures: readonly FetchError[]): DiscoveryFailure {
  const forbidden = failures.find((error) => error.code === 'url_forbidden');
  if (forbidden) return { ok: false, error: forbidden };

  const passing = failures.find(transient);
  if (passing) return { ok: false, error: passing };

  return { ok: false, error: PAGE_ONLY, webPage: true };
}
