// Byte helpers of the WebAuthn checks: base64url that never throws, concatenation and SHA-256.
import { fromBase64Url, toBase64Url } from '../tokens';

export { toBase64Url };

/** Unpadded base64url to bytes; null for anything else (including an impossible length). */
export function decodeBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;

  try {
    return fromBase64Url(text);
  } catch {
    return null;
  }
}

/** The bytes of `parts`, one after the other. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** SHA-256 of bytes. */
export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/** SHA-256 of a string's UTF-8 bytes. */
export function sha256Text(text: string): Promise<Uint8Array> {
  return sha256(new TextEncoder().encode(text));
}
