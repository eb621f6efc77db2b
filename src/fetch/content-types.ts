// Which media types each kind of document accepts, and the Accept header that asks for them.
import type { DocumentKind } from './types';

const JSON_TYPES = [
  'application/ld+json',
  'application/json',
  'application/did+ld+json',
  'application/did+json',
  // VC Data Model 2.0 registers these without a +json suffix.
  'application/vc',
  'application/vp',
];

const JWT_TYPES = [
  'application/vc+jwt',
  'application/vc-ld+jwt',
  'application/vp+jwt',
  'application/jwt',
];

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

/** Many static hosts serve .json and .jwt files as text/plain. */
const PLAIN = 'text/plain';

const ACCEPTED: Record<DocumentKind, ReadonlySet<string>> = {
  json: new Set([...JSON_TYPES, PLAIN]),
  jwt: new Set([...JWT_TYPES, PLAIN]),
  credential: new Set([...JSON_TYPES, ...JWT_TYPES, PLAIN]),
  html: new Set(HTML_TYPES),
  'credential-or-page': new Set([...JSON_TYPES, ...JWT_TYPES, PLAIN, ...HTML_TYPES]),
};

const ACCEPT_HEADER: Record<DocumentKind, string> = {
  json: [...JSON_TYPES, `${PLAIN};q=0.5`].join(', '),
  jwt: [...JWT_TYPES, `${PLAIN};q=0.5`].join(', '),
  credential: [...JSON_TYPES, ...JWT_TYPES, `${PLAIN};q=0.5`].join(', '),
  html: 'text/html, application/xhtml+xml;q=0.9',
  // Asks for the credential only: some servers (Badgr's public API) redirect any request that
  // mentions text/html to their web app. A server with only a page sends the page regardless.
  'credential-or-page': [...JSON_TYPES, ...JWT_TYPES, `${PLAIN};q=0.5`].join(', '),
};

/** The media type without parameters, lower-cased: `Application/JSON; charset=utf-8` → `application/json`. */
export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function isJsonSuffix(type: string): boolean {
  return /^application\/[a-z0-9.!#$&^_+-]+\+json$/.test(type);
}

/** Whether a `Content-Type` header value is acceptable for a kind of document. */
export function acceptsContentType(kind: DocumentKind, contentType: string | null): boolean {
  const type = mediaType(contentType);
  if (ACCEPTED[kind].has(type)) return true;

  const takesJson = kind === 'json' || kind === 'credential' || kind === 'credential-or-page';
  return takesJson && isJsonSuffix(type);
}

/** The `Accept` header sent for a kind of document. */
export function acceptHeader(kind: DocumentKind): string {
  return ACCEPT_HEADER[kind];
}
