// Random ids and secret tokens, and the SHA-256 under which secret tokens are stored. A token
// has 256 random bits, so a plain (unsalted, fast) hash is enough to store it.

const TOKEN_BYTES = 32;
const ID_BYTES = 16;

/** Bytes as unpadded base64url. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);

  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Unpadded base64url back to bytes; null when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;

  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** A fresh secret: 256 random bits as 43 base64url characters. */
export function newSecretToken(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(TOKEN_BYTES)));
}

/** A fresh row id: 128 random bits as 22 base64url characters. */
export function newRowId(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(ID_BYTES)));
}

/** Whether `id` has the shape of a row id (and so is worth a lookup). */
export function isRowId(id: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(id);
}

/** Whether `token` has the shape of a secret token from `newSecretToken`. */
export function isSecretToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** The SHA-256 of a secret token, in lower-case hex: what the database keeps. */
export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));

  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
