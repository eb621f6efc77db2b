// Decompresses a NIST P-256 or P-384 public key (SEC 1 §2.3.4) into JWK coordinates.
import { base64url } from 'jose';

export type EcCurve = 'P-256' | 'P-384';

interface CurveParameters {
  p: bigint;
  b: bigint;
  size: number;
}

const P384_B =
  '0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe814112' +
  '0314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef';

// Both curves use a = -3 and a prime p ≡ 3 (mod 4), so a square root is one exponentiation.
const CURVES: Record<EcCurve, CurveParameters> = {
  'P-256': {
    p: 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
    size: 32,
  },
  'P-384': {
    p: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
    b: BigInt(P384_B),
    size: 48,
  },
};

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let factor = base % modulus;
  let rest = exponent;

  while (rest > 0n) {
    if (rest & 1n) result = (result * factor) % modulus;
    factor = (factor * factor) % modulus;
    rest >>= 1n;
  }
  return result;
}

function toBigInt(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}

function toBytes(value: bigint, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let rest = value;
  for (let i = size - 1; i >= 0; i -= 1) {
    bytes[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return bytes;
}

/**
 * Returns the JWK `x` and `y` of a compressed point (`02`/`03` prefix and x), or null when the
 * bytes are not a point on the curve.
 */
export function decompressPoint(
  curve: EcCurve,
  compressed: Uint8Array,
): { x: string; y: string } | null {
  const { p, b, size } = CURVES[curve];
  const prefix = compressed[0];
  if (compressed.length !== size + 1 || (prefix !== 0x02 && prefix !== 0x03)) return null;

  const x = toBigInt(compressed.subarray(1));
  if (x >= p) return null;

  const rhs = (((x * x * x - 3n * x + b) % p) + p) % p;
  const root = modPow(rhs, (p + 1n) / 4n, p);
  if ((root * root) % p !== rhs) return null;

  const odd = prefix === 0x03;
  const y = (root & 1n) === (odd ? 1n : 0n) ? root : p - root;
  return { x: base64url.encode(toBytes(x, size)), y: base64url.encode(toBytes(y, size)) };
}
