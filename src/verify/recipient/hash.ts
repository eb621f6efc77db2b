// Recipient identity hashes, written `<algorithm>$<hex digest>` by Open Badges: the digest of the
// identity followed by the salt. SHA-256 comes from Web Crypto, MD5 from its own module.
import { md5Hex } from './md5';

export type HashAlgorithm = 'sha256' | 'md5';

export interface IdentityHash {
  algorithm: HashAlgorithm;
  /** Lower-case hex. */
  digest: string;
}

const HASH = /^(sha256|md5)\$([0-9a-f]+)$/i;
const DIGEST_LENGTH: Record<HashAlgorithm, number> = { sha256: 64, md5: 32 };

/** Reads `sha256$…` or `md5$…`; null for any other algorithm or a malformed digest. */
export function parseIdentityHash(text: string): IdentityHash | null {
  const match = HASH.exec(text.trim());
  if (!match) return null;

  const algorithm = (match[1] as string).toLowerCase() as HashAlgorithm;
  const digest = (match[2] as string).toLowerCase();
  return digest.length === DIGEST_LENGTH[algorithm] ? { algorithm, digest } : null;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The hex digest of `identity + salt` with the algorithm the credential names. */
export function hashIdentity(algorithm: HashAlgorithm, identity: string, salt: string | null) {
  const text = identity + (salt ?? '');
  return algorithm === 'md5' ? Promise.resolve(md5Hex(text)) : sha256Hex(text);
}
