// Fetches the documents an Open Badges 2.0 verification rests on, through the injected fetcher,
// and words each failure with a stable code and whether it proves a problem or may pass later.
import type { FetchError, FetchOptions } from '../../fetch/types';
import type { VerifyContext } from '../context';
import { isObject, type Json, type Unavailable } from './types';

/** Which document is fetched; decides the codes and the wording of failures. */
export type DocumentRole = 'assertion' | 'badge' | 'issuer' | 'key' | 'revocation_list';

const ROLES: Record<DocumentRole, { prefix: string; noun: string }> = {
  assertion: { prefix: 'hosted_assertion', noun: "The issuer's hosted copy of the badge" },
  badge: { prefix: 'badge_class', noun: 'The badge class' },
  issuer: { prefix: 'issuer_profile', noun: "The issuer's profile" },
  key: { prefix: 'key', noun: "The issuer's signing key" },
  revocation_list: { prefix: 'revocation_list', noun: "The issuer's revocation list" },
};

export interface FetchedText {
  ok: true;
  text: string;
  /** The body as a JSON object; null when it is not one (a 1.0 key is a bare PEM file). */
  json: Json | null;
  finalUrl: string;
  insecure: boolean;
}

function unavailable(role: DocumentRole, error: FetchError): Unavailable {
  const { prefix, noun } = ROLES[role];
  const httpStatus = error.status;
  const base = { ok: false as const, ...(httpStatus === undefined ? {} : { httpStatus }) };

  if (httpStatus === 410) {
    const message = `${noun} has been removed by its host (HTTP 410 Gone).`;
    return { ...base, status: 'failed', code: `${prefix}_gone`, message };
  }
  if (httpStatus === 404) {
    const message = `${noun} does not exist at its address (HTTP 404).`;
    return { ...base, status: 'failed', code: `${prefix}_not_found`, message };
  }

  const message = `${noun} could not be fetched: ${error.message}`;
  if (error.code === 'url_invalid' || error.code === 'url_forbidden') {
    return { ...base, status: 'failed', code: `${prefix}_forbidden`, message };
  }
  if (error.code === 'too_large' || error.code === 'content_type') {
    return { ...base, status: 'failed', code: `${prefix}_malformed`, message };
  }
  // Unreachable, timeouts, rate limits, redirect loops and server errors: it may answer later.
  return { ...base, status: 'unknown', code: `${prefix}_unreachable`, message };
}

function parseJson(text: string): Json | null {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** Fetches a document as text (and JSON when it is). Never throws. */
export async function fetchText(
  url: string,
  role: DocumentRole,
  ctx: VerifyContext,
  options: Omit<FetchOptions, 'kind'> = {},
): Promise<FetchedText | Unavailable> {
  const outcome = await ctx.fetcher.fetch(url, { kind: 'json', ...options });
  if (!outcome.ok) return unavailable(role, outcome.error);

  const { body, finalUrl, insecure } = outcome.document;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body);
    return { ok: true, text, json: parseJson(text), finalUrl, insecure };
  } catch {
    return notJson(role);
  }
}

/** The failure for a document that is not the JSON object it should be. */
export function notJson(role: DocumentRole): Unavailable {
  const { prefix, noun } = ROLES[role];
  const message = `${noun} is not a JSON document.`;
  return { ok: false, status: 'failed', code: `${prefix}_malformed`, message };
}

/** Fetches a JSON object. Never throws. */
export async function fetchJson(
  url: string,
  role: DocumentRole,
  ctx: VerifyContext,
  options: Omit<FetchOptions, 'kind'> = {},
): Promise<(FetchedText & { json: Json }) | Unavailable> {
  const fetched = await fetchText(url, role, ctx, options);
  if (!fetched.ok) return fetched;

  const { json } = fetched;
  return json ? { ...fetched, json } : notJson(role);
}
