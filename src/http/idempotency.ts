// The `Idempotency-Key` request header: its syntax, and the fingerprint of the request it names.
import { refuse } from './problems';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** Visible ASCII, 1 to 255 characters (what the header's draft specification expects). */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** The key from the header, or null when none was sent; throws on a malformed key. */
export function readIdempotencyKey(header: string | undefined): string | null {
  if (header === undefined) return null;

  const key = header.trim();
  if (!KEY_PATTERN.test(key)) {
    refuse('idempotency_key_invalid', 'Idempotency-Key must be 1 to 255 visible ASCII characters.');
  }
  return key;
}

/** SHA-256 (hex) over the media type and the exact body bytes: "the same request". */
export async function requestFingerprint(mediaType: string, body: Uint8Array): Promise<string> {
  const prefix = new TextEncoder().encode(`${mediaType}\n`);
  const bytes = new Uint8Array(prefix.length + body.length);
  bytes.set(prefix);
  bytes.set(body, prefix.length);

  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
