// The guard's failures as plain sentences for a hiring manager. Messages name the host at most;
// they never quote a response body.
import type { ForbiddenReason } from './address';
import type { DocumentKind, FetchError, FetchErrorCode } from './types';

const FORBIDDEN_SENTENCES: Record<ForbiddenReason, string> = {
  unspecified: 'The link points to an unspecified network address',
  loopback: 'The link points to the server itself',
  private: 'The link points to a private network address',
  link_local: 'The link points to a link-local network address',
  shared: 'The link points to a carrier-internal network address',
  unique_local: 'The link points to a private IPv6 network address',
  multicast: 'The link points to a multicast network address',
  reserved: 'The link points to a reserved network address',
  documentation: 'The link points to an address reserved for documentation examples',
  ipv4_embedded: 'The link hides an IPv4 address inside an IPv6 one',
  metadata: 'The link points to a cloud server’s internal metadata service',
  local_name: 'The link points to a name that only exists inside a private network',
  not_an_address: 'The link’s host name resolved to something that is not a network address',
};

/** Builds a fetch error; `status` only for `http_error`. */
export function fetchError(code: FetchErrorCode, message: string, status?: number): FetchError {
  return status === undefined ? { code, message } : { code, message, status };
}

/** The link leads somewhere the guard never goes (`url_forbidden`). */
export function forbiddenDestination(reason: ForbiddenReason): FetchError {
  const sentence = FORBIDDEN_SENTENCES[reason];
  return fetchError('url_forbidden', `${sentence}, which Proofpath never contacts.`);
}

/** The server answered with a status outside 2xx (`http_error`). */
export function httpError(host: string, status: number): FetchError {
  if (status === 404) {
    return fetchError('http_error', `The document was not found at ${host} (HTTP 404).`, status);
  }

  if (status === 410) {
    return fetchError(
      'http_error',
      `The document has been removed from ${host} (HTTP 410).`,
      status,
    );
  }

  return fetchError('http_error', `The server at ${host} answered with HTTP ${status}.`, status);
}

/** No answer at all: DNS, connection or TLS failure (`unreachable`). */
export function unreachable(host: string): FetchError {
  return fetchError('unreachable', `The server at ${host} could not be reached.`);
}

/** The whole exchange took longer than the limit (`timeout`). */
export function timedOut(host: string, timeoutMs: number): FetchError {
  const seconds = timeoutMs / 1000;
  return fetchError('timeout', `The server at ${host} did not answer within ${seconds} seconds.`);
}

/** The document is bigger than its kind allows (`too_large`). */
export function tooLarge(maxBytes: number): FetchError {
  const size = maxBytes >= 1024 * 1024 ? `${maxBytes / (1024 * 1024)} MiB` : `${maxBytes} bytes`;
  return fetchError('too_large', `The document is larger than the ${size} Proofpath accepts.`);
}

/** Too many hops (`too_many_redirects`). */
export function tooManyRedirects(maxRedirects: number): FetchError {
  const message = `The server redirected more than ${maxRedirects} times, so Proofpath stopped.`;
  return fetchError('too_many_redirects', message);
}

/** The host has had its share of requests for now (`rate_limited`). */
export function rateLimited(host: string): FetchError {
  const message = `Proofpath sent too many requests to ${host} just now; try again shortly.`;
  return fetchError('rate_limited', message);
}

const KIND_NAMES: Record<DocumentKind, string> = {
  json: 'a JSON document',
  jwt: 'a signed token (JWT)',
  credential: 'a credential (JSON or JWT)',
  html: 'a web page',
  'credential-or-page': 'a credential or a web page',
};

const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]{1,40}\/[a-z0-9!#$&^_.+-]{1,60}$/;

/** The server sent a media type this kind of document does not accept (`content_type`). */
export function wrongContentType(kind: DocumentKind, type: string): FetchError {
  const sent = MEDIA_TYPE.test(type) ? `“${type}”` : 'an unrecognised type';
  const message = `The server sent ${sent} where ${KIND_NAMES[kind]} was expected.`;
  return fetchError('content_type', message);
}
