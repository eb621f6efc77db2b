// ECDSA signature verification with Web Crypto (P-256 with SHA-256, P-384 with SHA-384), for
// IEEE P1363 signatures (r ‖ s), the form the VC DI ECDSA suites use.
import type { HashName } from './digest';
import type { SignatureCheck } from './ed25519';

const CURVES: Record<string, { hash: HashName; signatureLength: number }> = {
  'P-256': { hash: 'SHA-256', signatureLength: 64 },
  'P-384': { hash: 'SHA-384', signatureLength: 96 },
};

/** An imported ECDSA public key and the hash its curve uses. */
export interface EcdsaKey {
  key: CryptoKey;
  hash: HashName;
  signatureLength: number;
}

function curveOf(publicKeyJwk: JsonWebKey) {
  const { kty, crv } = publicKeyJwk;
  if (kty !== 'EC' || typeof crv !== 'string' || !Object.hasOwn(CURVES, crv)) return null;

  return CURVES[crv] ?? null;
}

/** The hash a key's curve signs with (VC DI ECDSA §3.2.4), or null for a key that is not ECDSA. */
export function ecdsaHash(publicKeyJwk: JsonWebKey): HashName | null {
  return curveOf(publicKeyJwk)?.hash ?? null;
}

/** Imports a P-256 or P-384 public JWK for verification; null when it is not a usable key. */
export async function importEcdsaKey(publicKeyJwk: JsonWebKey): Promise<EcdsaKey | null> {
  const curve = curveOf(publicKeyJwk);
  if (!curve) return null;

  const { kty, crv, x, y } = publicKeyJwk;
  try {
    const algorithm = { name: 'ECDSA', namedCurve: crv as string };
    const jwk = { kty, crv, x, y };
    const key = await crypto.subtle.importKey('jwk', jwk, algorithm, false, ['verify']);
    return { key, ...curve };
  } catch {
    return null;
  }
}

/** Checks one P1363 signature over `data` (which ECDSA hashes with the curve's hash). */
export async function verifyEcdsaWith(
  key: EcdsaKey,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  if (signature.length !== key.signatureLength) return false;

  return crypto.subtle.verify({ name: 'ECDSA', hash: key.hash }, key.key, signature, data);
}

export async function verifyEcdsa(
  publicKeyJwk: JsonWebKey,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<SignatureCheck> {
  const key = await importEcdsaKey(publicKeyJwk);
  if (!key) return 'key_unsuitable';

  return (await verifyEcdsaWith(key, signature, data)) ? 'valid' : 'invalid';
}
