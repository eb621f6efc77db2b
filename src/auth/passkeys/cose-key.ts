// Credential public keys as COSE_Key maps (RFC 9052, RFC 9053), imported into Web Crypto.
// Supported: ES256 (P-256), EdDSA (Ed25519) and RS256 (RSA of 2048 bits or more).
import { toBase64Url } from './bytes';
import { asCborMap, decodeCbor } from './cbor';
import { fail, PasskeyError } from './passkey-error';

/** COSE algorithm identifiers (IANA "COSE Algorithms"). */
export const COSE_ALGORITHM = { ES256: -7, EdDSA: -8, RS256: -257 } as const;

export type CoseAlgorithm = (typeof COSE_ALGORITHM)[keyof typeof COSE_ALGORITHM];

/** The algorithms offered to authenticators, most preferred first. */
export const SUPPORTED_ALGORITHMS: readonly CoseAlgorithm[] = [
  COSE_ALGORITHM.ES256,
  COSE_ALGORITHM.EdDSA,
  COSE_ALGORITHM.RS256,
];

/** COSE_Key labels: common ones are positive, key-type parameters negative. */
const LABEL = { kty: 1, alg: 3, crv: -1, x: -2, y: -3, n: -1, e: -2 } as const;
const KTY = { OKP: 1, EC2: 2, RSA: 3 } as const;
const CRV = { P256: 1, Ed25519: 6 } as const;
const MIN_RSA_MODULUS_BYTES = 256;

/** A credential public key, ready to verify signatures. */
export interface CredentialKey {
  algorithm: CoseAlgorithm;
  key: CryptoKey;
}

function bytesOf(map: Map<unknown, unknown>, label: number, length?: number): Uint8Array {
  const value = map.get(label);
  if (!(value instanceof Uint8Array) || (length !== undefined && value.length !== length)) {
    fail('public_key_invalid', `COSE_Key parameter ${label} is not the expected bytes.`);
  }
  return value;
}

function importJwk(jwk: JsonWebKey, algorithm: SubtleCryptoImportKeyAlgorithm) {
  return crypto.subtle.importKey('jwk', jwk, algorithm, false, ['verify']);
}

function importEs256(map: Map<unknown, unknown>): Promise<CryptoKey> {
  if (map.get(LABEL.kty) !== KTY.EC2 || map.get(LABEL.crv) !== CRV.P256) {
    fail('public_key_invalid', 'An ES256 key must be an EC2 key on P-256.');
  }
  const x = toBase64Url(bytesOf(map, LABEL.x, 32));
  const y = toBase64Url(bytesOf(map, LABEL.y, 32));

  return importJwk({ kty: 'EC', crv: 'P-256', x, y }, { name: 'ECDSA', namedCurve: 'P-256' });
}

function importEdDsa(map: Map<unknown, unknown>): Promise<CryptoKey> {
  if (map.get(LABEL.kty) !== KTY.OKP || map.get(LABEL.crv) !== CRV.Ed25519) {
    fail('public_key_invalid', 'An EdDSA key must be an OKP key on Ed25519.');
  }
  const x = bytesOf(map, LABEL.x, 32) as Uint8Array<ArrayBuffer>;

  return crypto.subtle.importKey('raw', x, { name: 'Ed25519' }, false, ['verify']);
}

function importRs256(map: Map<unknown, unknown>): Promise<CryptoKey> {
  if (map.get(LABEL.kty) !== KTY.RSA) fail('public_key_invalid', 'An RS256 key must be RSA.');
  const n = bytesOf(map, LABEL.n);
  const modulus = n[0] === 0 ? n.subarray(1) : n;
  if (modulus.length < MIN_RSA_MODULUS_BYTES) fail('public_key_invalid', 'RSA key too short.');

  const jwk = { kty: 'RSA', n: toBase64Url(modulus), e: toBase64Url(bytesOf(map, LABEL.e)) };
  return importJwk(jwk, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' });
}

const IMPORTERS: Record<CoseAlgorithm, (map: Map<unknown, unknown>) => Promise<CryptoKey>> = {
  [COSE_ALGORITHM.ES256]: importEs256,
  [COSE_ALGORITHM.EdDSA]: importEdDsa,
  [COSE_ALGORITHM.RS256]: importRs256,
};

function isSupported(alg: unknown): alg is CoseAlgorithm {
  return (SUPPORTED_ALGORITHMS as readonly unknown[]).includes(alg);
}

/** Imports a COSE_Key; throws `algorithm_unsupported` or `public_key_invalid`. */
export async function importCoseKey(bytes: Uint8Array): Promise<CredentialKey> {
  const map = asCborMap(decodeCbor(bytes, 'credentialPublicKey'), 'credentialPublicKey');
  const algorithm = map.get(LABEL.alg);
  if (!isSupported(algorithm)) fail('algorithm_unsupported', 'The key algorithm is not offered.');

  try {
    return { algorithm, key: await IMPORTERS[algorithm](map) };
  } catch (error) {
    if (error instanceof PasskeyError) throw error;
    return fail('public_key_invalid', 'Web Crypto refused the public key.');
  }
}
