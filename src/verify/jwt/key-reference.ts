// Which verification method signed the token: the `kid` header, never a key the token carries.
import type { JWTHeader } from './compact';

export type KeyReference =
  | { ok: true; methodId: string }
  | { ok: false; code: string; message: string };

/** Headers that carry or point to a key; trusting them would let anyone sign as anyone. */
const KEY_CARRYING_HEADERS = ['jwk', 'jku', 'x5u', 'x5c'];

function refuse(code: string, message: string): KeyReference {
  return { ok: false, code, message };
}

function withoutKid(header: JWTHeader, signer: string | null): KeyReference {
  if (KEY_CARRYING_HEADERS.some((name) => name in header)) {
    return refuse(
      'jwt_key_not_bound',
      'The token does not name the issuer key that signed it; a key carried inside the token ' +
        'proves nothing.',
    );
  }

  // A did:key or did:jwk signer is its own single key, so no kid is needed to find it.
  if (signer && /^did:(key|jwk):/.test(signer) && !signer.includes('#')) {
    return { ok: true, methodId: signer };
  }
  return refuse('jwt_kid_missing', 'The token does not name the key (kid) that signed it.');
}

/**
 * The verification method id named by `kid`: a DID URL or absolute URL as is, a relative
 * `#fragment` joined to the signer's id (a credential's issuer, a presentation's holder).
 */
export function keyReference(header: JWTHeader, signer: string | null): KeyReference {
  const kid = header.kid;
  if (typeof kid !== 'string' || kid === '') return withoutKid(header, signer);

  if (kid.startsWith('#')) {
    if (!signer || signer.includes('#')) {
      return refuse(
        'jwt_kid_unresolvable',
        'The key id (kid) is relative, but the issuer has no id.',
      );
    }
    return { ok: true, methodId: `${signer}${kid}` };
  }
  if (kid.startsWith('did:') || /^https?:\/\//.test(kid)) return { ok: true, methodId: kid };

  return refuse(
    'jwt_kid_unresolvable',
    'The key id (kid) is neither a DID URL nor an absolute URL, so the key cannot be found.',
  );
}
