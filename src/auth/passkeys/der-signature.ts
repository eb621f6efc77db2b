// ECDSA signatures arrive in WebAuthn as ASN.1 DER (`SEQUENCE { INTEGER r, INTEGER s }`); Web
// Crypto verifies them as IEEE P1363 (r and s as fixed-length big-endian numbers, side by side).
import { fail } from './passkey-error';

const SEQUENCE = 0x30;
const INTEGER = 0x02;

function readInteger(der: Uint8Array, at: number, size: number): [Uint8Array, number] {
  const length = der[at + 1] ?? 0;
  if (der[at] !== INTEGER || length === 0 || at + 2 + length > der.length) {
    fail('signature_invalid', 'The signature is not DER.');
  }
  const value = der.subarray(at + 2, at + 2 + length);
  const [first = 0, second = 0] = value;
  // DER: no negative numbers, and no leading zero byte unless the next byte needs it.
  if (first & 0x80 || (first === 0 && length > 1 && !(second & 0x80))) {
    fail('signature_invalid', 'A signature integer is not in DER form.');
  }

  const digits = first === 0 && length > 1 ? value.subarray(1) : value;
  if (digits.length > size) fail('signature_invalid', 'A signature integer is too large.');
  const fixed = new Uint8Array(size);
  fixed.set(digits, size - digits.length);
  return [fixed, at + 2 + length];
}

/** Converts a DER ECDSA signature to P1363 with `size`-byte integers (32 for P-256). */
export function derToP1363(der: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  // A P-256 or P-384 signature is under 128 bytes, so the lengths are in DER's short form.
  if (der[0] !== SEQUENCE || der[1] !== der.length - 2 || der.length > 129) {
    fail('signature_invalid', 'The signature is not a DER sequence.');
  }

  const [r, afterR] = readInteger(der, 2, size);
  const [s, end] = readInteger(der, afterR, size);
  if (end !== der.length) fail('signature_invalid', 'The signature has extra bytes.');

  const out = new Uint8Array(size * 2);
  out.set(r, 0);
  out.set(s, size);
  return out;
}
