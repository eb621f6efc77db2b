// The signature algorithms a VC-JWT may use, and the keys each one fits. Checking the fit before
// verifying guards against algorithm confusion (RFC 8725 §3.1, §2.1).

/** Accepted `alg` values. `none` and the HMAC family are never accepted. */
export const ALLOWED_ALGORITHMS = ['RS256', 'ES256', 'ES384', 'EdDSA', 'Ed25519'] as const;

export type AllowedAlgorithm = (typeof ALLOWED_ALGORITHMS)[number];

export function isAllowedAlgorithm(alg: unknown): alg is AllowedAlgorithm {
  return ALLOWED_ALGORITHMS.includes(alg as AllowedAlgorithm);
}

function family(alg: string): string {
  return alg === 'Ed25519' ? 'EdDSA' : alg;
}

function keyKindFits(alg: AllowedAlgorithm, jwk: JsonWebKey): boolean {
  switch (alg) {
    case 'EdDSA':
    case 'Ed25519':
      return jwk.kty === 'OKP' && jwk.crv === 'Ed25519';
    case 'ES256':
      return jwk.kty === 'EC' && jwk.crv === 'P-256';
    case 'ES384':
      return jwk.kty === 'EC' && jwk.crv === 'P-384';
    case 'RS256':
      return jwk.kty === 'RSA';
  }
}

/** Whether the key may check a signature made with `alg` (its kind, and its own `alg` if set). */
export function keyFitsAlgorithm(alg: AllowedAlgorithm, jwk: JsonWebKey): boolean {
  const ownAlgorithmFits = jwk.alg === undefined || family(jwk.alg) === family(alg);

  return ownAlgorithmFits && keyKindFits(alg, jwk);
}

/** A short name for the kind of key, for messages. */
export function describeKey(jwk: JsonWebKey): string {
  if (jwk.kty === 'RSA') return 'RSA';

  return typeof jwk.crv === 'string' ? jwk.crv : String(jwk.kty);
}
