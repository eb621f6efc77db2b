// Which way a JWT carries what it secures: as the whole payload (VC 2.0, VC-JOSE-COSE) or inside a
// `vc` or `vp` claim (the VC 1.1 JWT encoding, VC Data Model 1.1 §6.3.1).
import type { JWTHeader } from './compact';

/** What a VC-JWT or VP-JWT secures. */
export type SecuredDocument = 'credential' | 'presentation';

export type Encoding = 'payload' | 'claim';

/** The VC 1.1 claim, and the `typ` values of VC-JOSE-COSE and of its drafts, per document. */
const ENCODINGS = {
  credential: { claim: 'vc', types: ['vc+jwt', 'vc-ld+jwt', 'vc+ld+jwt', 'vc+ld+json+jwt'] },
  presentation: { claim: 'vp', types: ['vp+jwt', 'vp-ld+jwt', 'vp+ld+jwt', 'vp+ld+json+jwt'] },
} as const satisfies Record<SecuredDocument, { claim: string; types: readonly string[] }>;

function declares(document: SecuredDocument, typ: unknown): boolean {
  if (typeof typ !== 'string') return false;

  // RFC 7515 §4.1.9: the `application/` prefix may be left out, and media types ignore case.
  const type = typ.toLowerCase().replace(/^application\//, '');
  return (ENCODINGS[document].types as readonly string[]).includes(type);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** How the payload holds the credential or presentation, or null when it holds none. */
export function encodingOf(
  document: SecuredDocument,
  header: JWTHeader,
  payload: Record<string, unknown>,
): Encoding | null {
  if (declares(document, header.typ) || '@context' in payload) return 'payload';

  return isObject(payload[ENCODINGS[document].claim]) ? 'claim' : null;
}
