// base64url (RFC 4648 §5) to bytes; plain base64 is accepted too, since some lists use it.

const ALPHABET = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** The decoded bytes, or null when the text is not base64url or base64. */
export function base64UrlToBytes(text: string): Uint8Array | null {
  if (!ALPHABET.test(text)) return null;

  const plain = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (plain.length % 4 === 1) return null;

  const padded = plain + '='.repeat((4 - (plain.length % 4)) % 4);
  try {
    return Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}
