// Signs test credentials with the published test keys (W3C vc-di-eddsa, DCC), so tests can make
// the credentials no public fixture covers: swapped keys, wrong issuers, hostile DID URLs.
import canonicalizeJson from 'canonicalize';
import { decodeMultibaseBase58 } from '../../../src/verify/encoding/base58btc';
import { concatBytes, sha256 } from '../../../src/verify/encoding/digest';
import { canonize } from '../../../src/verify/jsonld/canonize';

export interface TestKeyPair {
  publicKeyMultibase: string;
  privateKeyMultibase: string;
}

type Json = Record<string, unknown>;

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function encodeBase58(bytes: Uint8Array): string {
  let value = BigInt(`0x${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('') || '0'}`);
  let text = '';
  while (value > 0n) {
    text = BASE58[Number(value % 58n)] + text;
    value /= 58n;
  }
  const zeros = bytes.findIndex((b) => b !== 0);
  return '1'.repeat(zeros === -1 ? bytes.length : zeros) + text;
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

async function privateKey(pair: TestKeyPair): Promise<CryptoKey> {
  const seed = (decodeMultibaseBase58(pair.privateKeyMultibase) as Uint8Array).slice(2);
  const x = (decodeMultibaseBase58(pair.publicKeyMultibase) as Uint8Array).slice(2);
  const jwk = { kty: 'OKP', crv: 'Ed25519', d: base64url(seed), x: base64url(x) };
  return crypto.subtle.importKey('jwk', jwk, { name: 'Ed25519' }, false, ['sign']);
}

/** `did:key:z6Mk…#z6Mk…` for a key pair. */
export function didKeyMethod(pair: TestKeyPair): string {
  return `did:key:${pair.publicKeyMultibase}#${pair.publicKeyMultibase}`;
}

async function canonical(document: Json, suite: string): Promise<string> {
  if (suite === 'eddsa-jcs-2022') return canonicalizeJson(document) as string;
  const result = await canonize(document);
  if (!result.ok) throw new Error(result.message);
  return result.nquads;
}

export interface SignOptions {
  verificationMethod?: string;
  cryptosuite?: 'eddsa-rdfc-2022' | 'eddsa-jcs-2022';
  created?: string;
  /** `assertionMethod` for credentials (the default), `authentication` for presentations. */
  proofPurpose?: string;
  challenge?: string;
  domain?: string;
}

/** Adds a Data Integrity proof (`eddsa-rdfc-2022` by default) to an unsigned credential. */
export async function signCredential(
  credential: Json,
  pair: TestKeyPair,
  options: SignOptions = {},
): Promise<Json> {
  const cryptosuite = options.cryptosuite ?? 'eddsa-rdfc-2022';
  const proof: Json = {
    type: 'DataIntegrityProof',
    cryptosuite,
    created: options.created ?? '2026-01-01T00:00:00Z',
    verificationMethod: options.verificationMethod ?? didKeyMethod(pair),
    proofPurpose: options.proofPurpose ?? 'assertionMethod',
    ...(options.challenge === undefined ? {} : { challenge: options.challenge }),
    ...(options.domain === undefined ? {} : { domain: options.domain }),
  };
  const config = { ...proof, '@context': credential['@context'] };
  const data = concatBytes(
    await sha256(await canonical(config, cryptosuite)),
    await sha256(await canonical(credential, cryptosuite)),
  );
  const signature = await crypto.subtle.sign('Ed25519', await privateKey(pair), data);

  return {
    ...credential,
    proof: { ...proof, proofValue: `z${encodeBase58(new Uint8Array(signature))}` },
  };
}
