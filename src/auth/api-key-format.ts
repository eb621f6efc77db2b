// API keys look like `pp_` and 43 base64url characters (256 random bits). The key is shown
// once; the database keeps its SHA-256 and the first characters, to tell keys apart.
import { hashToken, isSecretToken, newSecretToken } from './tokens';

/** What every Proofpath API key starts with. */
export const API_KEY_PREFIX = 'pp_';
const SHOWN_CHARACTERS = 8;

/** A new key: the secret to show once, what to display later, and the hash to store. */
export interface NewApiKeySecret {
  key: string;
  prefix: string;
  keyHash: string;
}

/** Makes a new API key. */
export async function newApiKeySecret(): Promise<NewApiKeySecret> {
  const key = `${API_KEY_PREFIX}${newSecretToken()}`;
  const prefix = key.slice(0, API_KEY_PREFIX.length + SHOWN_CHARACTERS);

  return { key, prefix, keyHash: await hashToken(key) };
}

/** Whether a string has the shape of an API key. */
export function isApiKey(value: string): boolean {
  return value.startsWith(API_KEY_PREFIX) && isSecretToken(value.slice(API_KEY_PREFIX.length));
}

/**
 * The credential of an `Authorization: Bearer …` header: the token, or null when the header is
 * absent. A header that is present but not a Bearer token gives the empty string.
 */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined) return null;

  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header);
  return match?.[1] ?? '';
}
