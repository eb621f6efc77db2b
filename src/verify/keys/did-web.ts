// did:web: the DID document is fetched over HTTPS from the domain the DID names.
// https://w3c-ccg.github.io/did-method-web/ §3.2 (read)
import type { DocumentFetcher } from '../../fetch/types';
import { fetchControllerDocument, keyFromDocument } from './controller-document';
import { failed } from './outcome';
import type { KeyResolution } from './types';

const HOST = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$/;
const SEGMENT = /^[A-Za-z0-9._~%-]+$/;

function decodeHost(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded).toLowerCase();
  } catch {
    return null;
  }
}

function isSafeSegment(segment: string): boolean {
  return SEGMENT.test(segment) && segment !== '.' && segment !== '..';
}

/**
 * The URL of the DID document: `did:web:host` → `https://host/.well-known/did.json`,
 * `did:web:host:a:b` → `https://host/a/b/did.json`; a port is written `%3A`. Null when malformed.
 */
export function didWebUrl(did: string): string | null {
  const [encodedHost = '', ...path] = did.slice('did:web:'.length).split(':');
  const host = decodeHost(encodedHost);
  if (!host || !HOST.test(host) || !path.every(isSafeSegment)) return null;

  const location = path.length === 0 ? '.well-known' : path.join('/');
  return `https://${host}/${location}/did.json`;
}

/** Resolves `did:web:…#fragment` by fetching the DID document and reading the key from it. */
export async function resolveDidWeb(
  did: string,
  fragment: string | null,
  fetcher: DocumentFetcher,
): Promise<KeyResolution> {
  if (fragment === null) {
    return failed('key_not_found', 'The did:web names no key: a #fragment is needed.');
  }

  const url = didWebUrl(did);
  if (!url) return failed('did_web_malformed', 'The did:web identifier is malformed.');

  const document = await fetchControllerDocument(url, did, 'did', fetcher);
  if (!document.ok) return document;

  return keyFromDocument(document, `${did}#${fragment}`);
}
