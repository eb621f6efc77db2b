// The first gate: is this text a URL the guard may fetch at all? Pure and synchronous, so it can
// also check a link before a verification starts.
import { classifyHost } from './address';
import { fetchError, forbiddenDestination } from './errors';
import type { FetchError } from './types';

export type UrlCheck = { ok: true; url: URL } | { ok: false; error: FetchError };

function refuse(error: FetchError): UrlCheck {
  return { ok: false, error };
}

/**
 * Parses `url` with the WHATWG URL parser and applies the scheme, credential and address rules.
 * `http:` passes here: the fetcher tries `https:` first and marks a plain-HTTP answer insecure.
 *
 * @example
 * checkUrl('https://2130706433/') // { ok: false, error: { code: 'url_forbidden', ... } }
 */
export function checkUrl(url: string): UrlCheck {
  if (!URL.canParse(url)) {
    return refuse(fetchError('url_invalid', 'The link is not a valid web address.'));
  }

  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    const message = `Only web addresses (https) can be fetched, not “${parsed.protocol.slice(0, 20)}” links.`;
    return refuse(fetchError('url_forbidden', message));
  }

  if (parsed.username !== '' || parsed.password !== '') {
    const message = 'The link contains a user name or password, which Proofpath does not send.';
    return refuse(fetchError('url_forbidden', message));
  }

  const reason = classifyHost(parsed.hostname);
  if (reason) return refuse(forbiddenDestination(reason));

  return { ok: true, url: parsed };
}
