// Manual redirect handling: which answers are redirects, and where a redirect may lead.
import { fetchError } from './errors';
import type { FetchError } from './types';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Whether a status asks the client to go elsewhere. */
export function isRedirect(status: number): boolean {
  return REDIRECT_STATUSES.has(status);
}

export type NextHop = { ok: true; url: URL } | { ok: false; error: FetchError };

/**
 * The target of a redirect, resolved against the current URL. A redirect from https to http is
 * refused: it would hand the document to anyone on the network path.
 */
export function nextHop(current: URL, response: Response): NextHop {
  const location = response.headers.get('location');
  if (location === null) {
    const message = `The server at ${current.hostname} redirected without saying where to.`;
    return { ok: false, error: fetchError('http_error', message, response.status) };
  }

  if (!URL.canParse(location, current.href)) {
    const message = 'The server redirected to an address that is not a valid web address.';
    return { ok: false, error: fetchError('url_invalid', message) };
  }

  const url = new URL(location, current);
  if (current.protocol === 'https:' && url.protocol === 'http:') {
    const message = 'The server redirected from a secure (https) address to an insecure one.';
    return { ok: false, error: fetchError('url_forbidden', message) };
  }

  return { ok: true, url };
}
