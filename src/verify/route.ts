// Decides which verifier a parsed input goes to: a W3C credential (OB 3.0, CLR 2.0, any VC), a
// presentation, or an Open Badges 2.0 (or older) assertion.
import type { ParsedCredential } from './input/read';
import { typesOf } from './structure/format';
import { isObject } from './structure/problem';

export type Route = 'credential' | 'presentation' | 'open-badges-2';

const OB2_CONTEXTS = ['https://w3id.org/openbadges/v2', 'https://w3id.org/openbadges/v1'];

/** The payload of a compact JWS, read without checking anything; null when it is not JSON. */
export function peekJwtPayload(token: string): Record<string, unknown> | null {
  try {
    const part = (token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
    const payload: unknown = JSON.parse(atob(part));
    return isObject(payload) ? payload : null;
  } catch {
    return null;
  }
}

function isOpenBadge2(document: Record<string, unknown>): boolean {
  const contexts = [document['@context'] ?? []].flat();
  if (contexts.some((c) => typeof c === 'string' && OB2_CONTEXTS.includes(c))) return true;

  // Open Badges 0.5 and 1.0 assertions carry no @context: recognise them by their own words.
  return 'recipient' in document && ('badge' in document || 'verify' in document);
}

export function routeOf(parsed: ParsedCredential): Route {
  const document = parsed.form === 'json' ? parsed.value : peekJwtPayload(parsed.token);
  if (!document) return 'credential';

  if (parsed.form === 'jwt' && isObject(document.vp)) return 'presentation';
  if (typesOf(document).includes('VerifiablePresentation')) return 'presentation';
  if (isOpenBadge2(document) && !isObject(document.vc)) return 'open-badges-2';
  return 'credential';
}
