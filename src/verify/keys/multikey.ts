// Multibase-encoded multicodec public keys (Multikey, did:key) turned into JWKs.
import { base64url } from 'jose';
import { decodeMultibaseBase58 } from '../encoding/base58btc';
import { decompressPoint } from './ec-point';

/** Multicodec codes of the supported public keys, as their unsigned-varint bytes. */
const CODECS = [
  { name: 'Ed25519', prefix: [0xed, 0x01], length: 32 },
  { name: 'P-256', prefix: [0x80, 0x24], length: 33 },
  { name: 'P-384', prefix: [0x81, 0x24], length: 49 },
] as const;

export type MultikeyDecoding =
  | { ok: true; jwk: JsonWebKey }
  | { ok: false; reason: 'malformed' | 'unsupported'; message: string };

function malformed(message: string): MultikeyDecoding {
  return { ok: false, reason: 'malformed', message };
}

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Decodes `publicKeyMultibase` (base58btc, `z` prefix) holding an Ed25519, P-256 or P-384 key
 * (EC keys compressed, as the Multikey format requires).
 */
export function multikeyToJwk(publicKeyMultibase: unknown): MultikeyDecoding {
  const bytes = decodeMultibaseBase58(publicKeyMultibase);
  if (!bytes) return malformed('The key is not base58btc multibase text (it must start with z).');

  const codec = CODECS.find((candidate) => hasPrefix(bytes, candidate.prefix));
  if (!codec) {
    return {
      ok: false,
      reason: 'unsupported',
      message: 'The key type is not supported: only Ed25519, P-256 and P-384 keys are.',
    };
  }

  const key = bytes.subarray(codec.prefix.length);
  if (key.length !== codec.length) return malformed(`The ${codec.name} key has the wrong length.`);

  if (codec.name === 'Ed25519') {
    return { ok: true, jwk: { kty: 'OKP', crv: 'Ed25519', x: base64url.encode(key) } };
  }

  const point = decompressPoint(codec.name, key);
  if (!point) return malformed(`The ${codec.name} key is not a point on the curve.`);
  return { ok: true, jwk: { kty: 'EC', crv: codec.name, ...point } };
}
