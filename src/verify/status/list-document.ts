// Fetches a status list document (a credential as JSON or a compact JWT, or plain JSON) and
// reads it. Lists change: answers are kept for five minutes at most.
import type { DocumentKind, FetchErrorCode } from '../../fetch/types';
import type { VerifyContext } from '../context';
import type { Check } from '../report/types';
import { base64UrlToBytes } from './base64url';
import { isObject, type StatusFacts } from './facts';
import { listMalformed, listUnreachable } from './outcomes';

/** Seconds a status list may be reused: long enough to spare the issuer, short enough to matter. */
const STATUS_LIST_CACHE_SECONDS = 300;

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export interface StatusDocument {
  /** The JSON object: the list credential (the `vc` claim of a VC-JWT 1.1), or the plain list. */
  document: Record<string, unknown>;
  /** What to hand to `verifyNested`: the parsed JSON, or the JWT as it came. */
  original: unknown;
  insecure: boolean;
}

export type LoadResult = { ok: true; value: StatusDocument } | { ok: false; check: Check };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function jwtPayload(token: string): unknown {
  const bytes = base64UrlToBytes(token.split('.')[1] ?? '');
  if (!bytes) return undefined;

  const payload = parseJson(new TextDecoder().decode(bytes));
  return isObject(payload) && isObject(payload.vc) ? payload.vc : payload;
}

function readBody(body: Uint8Array): { document: unknown; original: unknown } {
  const text = new TextDecoder().decode(body).trim();
  if (COMPACT_JWS.test(text)) return { document: jwtPayload(text), original: text };

  const json = parseJson(text);
  return { document: json, original: json };
}

/** The server answered with something we refuse to read (too big, not JSON): it is malformed. */
function fetchFailure(code: FetchErrorCode, facts: StatusFacts): Check {
  if (code === 'content_type' || code === 'too_large') return listMalformed(facts, code);

  return listUnreachable(facts, code);
}

/** Fetches and parses; any failure comes back as the `unknown` status check to report. */
export async function loadStatusDocument(
  url: string,
  kind: DocumentKind,
  ctx: VerifyContext,
  facts: StatusFacts,
): Promise<LoadResult> {
  const fetched = await ctx.fetcher.fetch(url, {
    kind,
    maxCacheSeconds: STATUS_LIST_CACHE_SECONDS,
  });
  if (!fetched.ok) return { ok: false, check: fetchFailure(fetched.error.code, facts) };

  const { document, original } = readBody(fetched.document.body);
  if (!isObject(document)) return { ok: false, check: listMalformed(facts, 'not_json_object') };

  return { ok: true, value: { document, original, insecure: fetched.document.insecure } };
}
