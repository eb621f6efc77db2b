// Checks that a JWK is a public signing key we support, and keeps only its public members.

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];
const EC_CURVES = ['P-256', 'P-384'];

export type PublicJwkCheck =
  | { ok: true; jwk: JsonWebKey }
  | { ok: false; code: 'key_private_material' | 'key_format_unsupported'; message: string };

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function unsupported(message: string): PublicJwkCheck {
  return { ok: false, code: 'key_format_unsupported', message };
}

function publicMembers(jwk: Record<string, unknown>): PublicJwkCheck {
  const { kty, crv, x, y, n, e, alg } = jwk;
  const withAlg = isText(alg) ? { alg } : {};

  if (kty === 'OKP' && crv === 'Ed25519' && isText(x))
    return { ok: true, jwk: { kty, crv, x, ...withAlg } };
  if (kty === 'EC' && isText(crv) && EC_CURVES.includes(crv) && isText(x) && isText(y)) {
    return { ok: true, jwk: { kty, crv, x, y, ...withAlg } };
  }
  if (kty === 'RSA' && isText(n) && isText(e)) return { ok: true, jwk: { kty, n, e, ...withAlg } };

  return unsupported(
    'The key is not an Ed25519, P-256, P-384 or RSA public key, which are the kinds supported.',
  );
}

/** Refuses keys carrying private members, then returns the public part of a supported key. */
export function checkPublicJwk(value: unknown): PublicJwkCheck {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return unsupported('The key is not a JSON Web Key object.');
  }

  const jwk = value as Record<string, unknown>;
  if (PRIVATE_MEMBERS.some((member) => member in jwk)) {
    return {
      ok: false,
      code: 'key_private_material',
      message:
        'The published key contains private or secret key material, so it cannot be trusted.',
    };
  }

  return publicMembers(jwk);
}
