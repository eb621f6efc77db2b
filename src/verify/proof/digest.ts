// The hashes the proof suites use, through Web Crypto: SHA-256, and SHA-384 for P-384 keys.

export type HashName = 'SHA-256' | 'SHA-384';

const encoder = new TextEncoder();

/** The digest of UTF-8 text or of bytes. */
export async function digest(hash: HashName, data: string | Uint8Array): Promise<Uint8Array> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;

  return new Uint8Array(await crypto.subtle.digest(hash, bytes));
}
