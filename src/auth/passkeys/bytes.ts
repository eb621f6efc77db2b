// Byte helpers of the WebAuthn checks: base64url that never throws, plus the engine's
// concatenation and SHA-256 (one implementation for the whole code base).
import { concatBytes, sha256 } from '../../verify/encoding/digest';
import { fromBase64Url, toBase64Url } from '../tokens';

export { concatBytes, sha256, toBase64Url };

/** Unpadded base64url to bytes; null for anything else (including an impossible length). */
export function decodeBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;

  try {
    return fromBase64Url(text);
  } catch {
    return null;
  }
}

/** SHA-256 of a string's UTF-8 bytes. */
export function sha256Text(text: string): Promise<Uint8Array> {
  return sha256(text);
}
