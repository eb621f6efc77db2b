// Fetches a DID document, controller document or verification method document through the
// injected fetcher, and words its failures with stable codes.
import type { DocumentFetcher, FetchError } from '../../fetch/types';
import { failed, type ResolutionFailure, unknown } from './outcome';

/** Which kind of document is fetched; decides the codes and wording of failures. */
export type DocumentRole = 'did' | 'controller' | 'method';

const ROLES: Record<DocumentRole, { prefix: string; notFound: string; noun: string }> = {
  did: { prefix: 'did_document', notFound: 'did_not_found', noun: 'DID document' },
  controller: {
    prefix: 'controller_document',
    notFound: 'controller_document_not_found',
    noun: 'controller document',
  },
  method: {
    prefix: 'verification_method_document',
    notFound: 'verification_method_document_not_found',
    noun: 'verification method document',
  },
};

export interface FetchedJson {
  ok: true;
  body: Record<string, unknown>;
  /** True when the document came over plain HTTP. */
  insecure: boolean;
}

/** The stable code for a failure of this role (`did_document_id_mismatch`, ...). */
export function roleCode(role: DocumentRole, suffix: string): string {
  return `${ROLES[role].prefix}_${suffix}`;
}

export function roleNoun(role: DocumentRole): string {
  return ROLES[role].noun;
}

function fetchFailure(role: DocumentRole, error: FetchError): ResolutionFailure {
  const { notFound, noun } = ROLES[role];
  const reason = `The issuer's ${noun} could not be fetched: ${error.message}`;

  if (error.code === 'http_error' && (error.status === 404 || error.status === 410)) {
    return failed(notFound, `The issuer's ${noun} does not exist (HTTP ${error.status}).`);
  }
  if (error.code === 'url_invalid' || error.code === 'url_forbidden') {
    return failed(roleCode(role, 'forbidden'), reason);
  }
  if (error.code === 'too_large' || error.code === 'content_type') {
    return failed(roleCode(role, 'malformed'), reason);
  }
  // Unreachable, timeouts, rate limits, redirect loops and other HTTP errors: it may answer later.
  return unknown(roleCode(role, 'unreachable'), reason);
}

function parseObject(body: Uint8Array): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body),
    );
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    return isObject ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Fetches `url` as JSON and parses it into an object. Never throws. */
export async function fetchJsonDocument(
  url: string,
  role: DocumentRole,
  fetcher: DocumentFetcher,
): Promise<FetchedJson | ResolutionFailure> {
  const outcome = await fetcher.fetch(url, { kind: 'json' });
  if (!outcome.ok) return fetchFailure(role, outcome.error);

  const body = parseObject(outcome.document.body);
  if (!body) {
    return failed(
      roleCode(role, 'malformed'),
      `The issuer's ${roleNoun(role)} is not a JSON object.`,
    );
  }

  const { insecure, finalUrl } = outcome.document;
  const plainHttp = url.startsWith('http:') || finalUrl.startsWith('http:');
  return { ok: true, body, insecure: insecure || plainHttp };
}
