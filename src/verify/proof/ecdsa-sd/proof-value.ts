// Reads an ecdsa-sd-2023 `proofValue`: multibase base64url (`u`), a three-byte header, then a CBOR
// array (VC DI ECDSA §3.5.8). A base proof (header 0xd9 0x5d 0x00) is recognised and refused.
import { decode } from 'cborg';
import { base64url } from 'jose';
import { decompressPoint } from '../../keys/ec-point';

/** The parts of a derived proof, with the label map decompressed (§3.5.6). */
export interface DerivedProofValue {
  baseSignature: Uint8Array;
  /** The proof-scoped P-256 key, multikey-encoded (0x80 0x24, then the compressed point). */
  publicKey: Uint8Array;
  publicKeyJwk: JsonWebKey;
  signatures: Uint8Array[];
  /** `c14nN` → `u…`, the blank node labels the issuer signed. */
  labelMap: Map<string, string>;
  mandatoryIndexes: number[];
}

export type ProofValueReading =
  | { ok: true; value: DerivedProofValue }
  | { ok: false; code: 'proof_value_malformed' | 'base_proof_presented'; message: string };

const BASE_HEADER = [0xd9, 0x5d, 0x00];
const DERIVED_HEADER = [0xd9, 0x5d, 0x01];
const P256_MULTIKEY = [0x80, 0x24];
// Signatures are P1363: 64 bytes for P-256, 96 for a P-384 issuer. HMAC labels follow the hash.
const BASE_SIGNATURE_LENGTHS = [64, 96];
const LABEL_LENGTHS = [32, 48];

function malformed(message: string): ProofValueReading {
  return { ok: false, code: 'proof_value_malformed', message };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function isBytes(value: unknown, lengths: readonly number[]): value is Uint8Array {
  return value instanceof Uint8Array && lengths.includes(value.length);
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function decodeBytes(proofValue: unknown): Uint8Array | null {
  if (typeof proofValue !== 'string' || !proofValue.startsWith('u')) return null;
  try {
    return base64url.decode(proofValue.slice(1));
  } catch {
    return null;
  }
}

function decodeCbor(bytes: Uint8Array): unknown {
  try {
    return decode(bytes, { useMaps: true, rejectDuplicateMapKeys: true, allowUndefined: false });
  } catch {
    return null;
  }
}

function decompressLabelMap(compressed: unknown): Map<string, string> | null {
  if (!(compressed instanceof Map)) return null;

  const labelMap = new Map<string, string>();
  for (const [key, value] of compressed) {
    if (!isIndex(key) || !isBytes(value, LABEL_LENGTHS)) return null;
    labelMap.set(`c14n${key}`, `u${base64url.encode(value)}`);
  }
  return labelMap;
}

function proofScopedKey(publicKey: unknown): JsonWebKey | null {
  if (!(publicKey instanceof Uint8Array) || !startsWith(publicKey, P256_MULTIKEY)) return null;

  const point = decompressPoint('P-256', publicKey.subarray(P256_MULTIKEY.length));
  return point ? { kty: 'EC', crv: 'P-256', ...point } : null;
}

function components(decoded: unknown): DerivedProofValue | null {
  if (!Array.isArray(decoded) || decoded.length !== 5) return null;

  const [baseSignature, publicKey, signatures, compressed, mandatoryIndexes] = decoded;
  const publicKeyJwk = proofScopedKey(publicKey);
  const labelMap = decompressLabelMap(compressed);
  if (!isBytes(baseSignature, BASE_SIGNATURE_LENGTHS) || !publicKeyJwk || !labelMap) return null;
  if (!Array.isArray(signatures) || !signatures.every((s) => isBytes(s, [64]))) return null;
  if (!Array.isArray(mandatoryIndexes) || !mandatoryIndexes.every(isIndex)) return null;

  return {
    baseSignature,
    publicKey: publicKey as Uint8Array,
    publicKeyJwk,
    signatures,
    labelMap,
    mandatoryIndexes,
  };
}

/** Parses a derived proof value; never throws. */
export function parseDerivedProofValue(proofValue: unknown): ProofValueReading {
  const bytes = decodeBytes(proofValue);
  if (!bytes)
    return malformed('The proof value is not base64url multibase text (it must start with u).');

  if (startsWith(bytes, BASE_HEADER)) {
    return {
      ok: false,
      code: 'base_proof_presented',
      message:
        "This is the issuer's base proof, meant for the holder only. The holder must derive a " +
        'proof that discloses the chosen claims and present that instead.',
    };
  }
  if (!startsWith(bytes, DERIVED_HEADER)) {
    return malformed('The proof value is not an ecdsa-sd-2023 derived proof.');
  }

  const value = components(decodeCbor(bytes.subarray(DERIVED_HEADER.length)));
  if (!value) return malformed('The derived proof value does not have the parts it must have.');
  return { ok: true, value };
}
