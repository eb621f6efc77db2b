// Builds keys and identifiers for tests: multibase keys, did:key, did:jwk, and signing keys from
// the published Ed25519 key pairs (multibase-encoded seeds).
import { base64url, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { decodeBase58 } from '../../../src/verify/encoding/base58btc';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Multicodec prefixes (unsigned varint bytes) of public keys. */
export const CODEC = {
  ed25519: [0xed, 0x01],
  p256: [0x80, 0x24],
  p384: [0x81, 0x24],
  x25519: [0xec, 0x01],
  secp256k1: [0xe7, 0x01],
} as const;

export function encodeBase58(bytes: Uint8Array): string {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);

  let text = '';
  while (value > 0n) {
    text = ALPHABET[Number(value % 58n)] + text;
    value /= 58n;
  }
  const zeros = bytes.findIndex((byte) => byte !== 0);
  return '1'.repeat(zeros < 0 ? bytes.length : zeros) + text;
}

export function multibase(prefix: readonly number[], key: Uint8Array): string {
  return `z${encodeBase58(Uint8Array.from([...prefix, ...key]))}`;
}

/** SEC 1 compressed form of an EC public JWK. */
export function compressedPoint(jwk: JWK): Uint8Array {
  const x = base64url.decode(jwk.x as string);
  const y = base64url.decode(jwk.y as string);
  const odd = ((y[y.length - 1] as number) & 1) === 1;
  return Uint8Array.from([odd ? 0x03 : 0x02, ...x]);
}

export function didJwkOf(jwk: object): string {
  return `did:jwk:${base64url.encode(JSON.stringify(jwk))}`;
}

export interface TestKey {
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function newKey(alg: 'EdDSA' | 'ES256' | 'ES384' | 'RS256'): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { privateKey, publicJwk: await exportJWK(publicKey) };
}

/** The did:key of an Ed25519, P-256 or P-384 public JWK. */
export function didKeyOf(jwk: JWK): string {
  if (jwk.kty === 'OKP')
    return `did:key:${multibase(CODEC.ed25519, base64url.decode(jwk.x as string))}`;

  const codec = jwk.crv === 'P-256' ? CODEC.p256 : CODEC.p384;
  return `did:key:${multibase(codec, compressedPoint(jwk))}`;
}

/** A signing key from a published pair such as test/fixtures/vc-di/…/keyPair.json. */
export async function keyFromMultibasePair(pair: {
  publicKeyMultibase: string;
  privateKeyMultibase: string;
}): Promise<TestKey> {
  // Both carry a two-byte multicodec prefix (ed25519-pub 0xed, ed25519-priv 0x1300).
  const x = base64url.encode(
    (decodeBase58(pair.publicKeyMultibase.slice(1)) as Uint8Array).slice(2),
  );
  const d = base64url.encode(
    (decodeBase58(pair.privateKeyMultibase.slice(1)) as Uint8Array).slice(2),
  );
  const publicJwk: JWK = { kty: 'OKP', crv: 'Ed25519', x };
  const privateKey = (await importJWK({ ...publicJwk, d }, 'EdDSA')) as CryptoKey;
  return { privateKey, publicJwk };
}
