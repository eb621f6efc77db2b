// The key of a signed badge: an Open Badges 2.0 CryptographicKey (`publicKeyPem`, `owner`), or
// the bare PEM file an Open Badges 1.0 `verify.url` points to. Read into a public JWK.
import { exportJWK, importSPKI } from 'jose';
import type { VerifyContext } from '../context';
import { checkPublicJwk } from '../keys/public-jwk';
import { fetchText } from './documents';
import { text, type Unavailable } from './types';

export interface SigningKey {
  ok: true;
  /** The key's id: the URL it was fetched from, which its document must repeat. */
  id: string;
  /** The profile the key names as its owner; null for a bare 1.0 PEM file. */
  owner: string | null;
  publicKeyJwk: JsonWebKey;
  insecure: boolean;
}

/** Algorithms tried, in turn, only to learn what kind of key a PEM holds. */
const KEY_KINDS = ['RS256', 'ES256', 'ES384', 'EdDSA'];

function malformed(message: string): Unavailable {
  return { ok: false, status: 'failed', code: 'key_malformed', message };
}

async function pemToJwk(pem: string): Promise<JsonWebKey | null> {
  for (const alg of KEY_KINDS) {
    try {
      const key = await importSPKI(pem, alg, { extractable: true });
      return (await exportJWK(key)) as JsonWebKey;
    } catch {
      // Not a key of this kind: try the next.
    }
  }
  return null;
}

function pemOf(body: string, json: Record<string, unknown> | null, url: string) {
  if (json === null) {
    const bare = body.includes('-----BEGIN PUBLIC KEY-----');
    return bare
      ? { pem: body, owner: null }
      : malformed('The signing key is not a PEM public key.');
  }

  if (json.id !== undefined && json.id !== url) {
    const message = `The key document at ${url} describes another key (${String(json.id)}).`;
    return { ok: false as const, status: 'failed' as const, code: 'key_id_mismatch', message };
  }
  const pem = text(json.publicKeyPem);
  return pem
    ? { pem, owner: text(json.owner) }
    : malformed('The key document has no publicKeyPem.');
}

/** Fetches the key at `url` and reads its public key. Never throws. */
export async function loadSigningKey(
  url: string,
  ctx: VerifyContext,
): Promise<SigningKey | Unavailable> {
  const fetched = await fetchText(url, 'key', ctx);
  if (!fetched.ok) return fetched;

  const read = pemOf(fetched.text, fetched.json, url);
  if ('ok' in read) return read;

  const jwk = await pemToJwk(read.pem);
  const checked = jwk ? checkPublicJwk(jwk) : null;
  if (!checked?.ok) return malformed('The signing key is not a supported public key.');

  const { insecure } = fetched;
  return { ok: true, id: url, owner: read.owner, publicKeyJwk: checked.jwk, insecure };
}
