// Which way a JWT carries a credential: as the whole payload (VC 2.0, VC-JOSE-COSE) or inside a
// `vc` claim (the VC 1.1 JWT encoding).
import type { ProtectedHeaderParameters } from 'jose';

/** `typ` values of VC-JOSE-COSE, and of its drafts (`vc+ld+jwt`, `vc+ld+json+jwt`). */
const CREDENTIAL_TYPES = ['vc+jwt', 'vc-ld+jwt', 'vc+ld+jwt', 'vc+ld+json+jwt'];

export type CredentialEncoding = 'payload' | 'vc-claim';

function declaresCredential(typ: unknown): boolean {
  if (typeof typ !== 'string') return false;

  // RFC 7515 §4.1.9: the `application/` prefix may be left out, and media types ignore case.
  const type = typ.toLowerCase().replace(/^application\//, '');
  return CREDENTIAL_TYPES.includes(type);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** How the payload holds the credential, or null when it holds none. */
export function credentialEncoding(
  header: ProtectedHeaderParameters,
  payload: Record<string, unknown>,
): CredentialEncoding | null {
  if (declaresCredential(header.typ) || '@context' in payload) return 'payload';

  return isObject(payload.vc) ? 'vc-claim' : null;
}
