// Signs test credentials with ecdsa-rdfc-2019 / ecdsa-jcs-2019 using P-256 and P-384 keys made by
// Web Crypto, issued by their did:key (P-256 `zDn…`, P-384 `z82…`). VC DI ECDSA §3.2 and §3.3.
import canonicalizeJson from 'canonicalize';
import { canonize } from '../../../src/verify/jsonld/canonize';

type Json = Record<string, unknown>;
export type Curve = 'P-256' | 'P-384';
type Hash = 'SHA-256' | 'SHA-384';

const CURVES: Record<Curve, { hash: Hash; multicodec: number[]; size: number }> = {
  'P-256': { hash: 'SHA-256', multicodec: [0x80, 0x24], size: 32 },
  'P-384': { hash: 'SHA-384', multicodec: [0x81, 0x24], size: 48 },
};
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function encodeBase58(bytes: Uint8Array): string {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  let text = '';
  while (value > 0n) {
    text = BASE58[Number(value % 58n)] + text;
    value /= 58n;
  }
  const zeros = bytes.findIndex((b) => b !== 0);
  return '1'.repeat(zeros === -1 ? bytes.length : zeros) + text;
}

export interface EcdsaIssuer {
  curve: Curve;
  /** `did:key:zDn…` (P-256) or `did:key:z82…` (P-384). */
  did: string;
  /** `did:key:X#X`. */
  verificationMethod: string;
  privateKey: CryptoKey;
}

/** The multikey of a public key: multicodec prefix, then the compressed point (SEC 1). */
async function multikey(curve: Curve, publicKey: CryptoKey): Promise<string> {
  const raw = new Uint8Array((await crypto.subtle.exportKey('raw', publicKey)) as ArrayBuffer);
  const { multicodec, size } = CURVES[curve];
  const x = raw.subarray(1, 1 + size);
  const odd = (raw[raw.length - 1] as number) & 1;

  return `z${encodeBase58(Uint8Array.from([...multicodec, odd ? 0x03 : 0x02, ...x]))}`;
}

/** A fresh key pair on the curve, named by its did:key. */
export async function generateIssuer(curve: Curve): Promise<EcdsaIssuer> {
  const algorithm = { name: 'ECDSA', namedCurve: curve };
  const pair = (await crypto.subtle.generateKey(algorithm, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const key = await multikey(curve, pair.publicKey);
  const did = `did:key:${key}`;

  return { curve, did, verificationMethod: `${did}#${key}`, privateKey: pair.privateKey };
}

async function canonical(document: Json, cryptosuite: string): Promise<string> {
  if (cryptosuite === 'ecdsa-jcs-2019') return canonicalizeJson(document) as string;

  const result = await canonize(document);
  if (!result.ok) throw new Error(result.message);
  return result.nquads;
}

async function digest(hash: Hash, text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(hash, new TextEncoder().encode(text)));
}

export interface EcdsaSignOptions {
  cryptosuite?: 'ecdsa-rdfc-2019' | 'ecdsa-jcs-2019';
  /** Sign with another hash than the curve's, to make a wrongly hashed proof. */
  hash?: Hash;
  verificationMethod?: string;
}

/** Adds an ecdsa-rdfc-2019 (default) or ecdsa-jcs-2019 proof to an unsigned credential. */
export async function signEcdsa(
  credential: Json,
  issuer: EcdsaIssuer,
  options: EcdsaSignOptions = {},
): Promise<Json> {
  const cryptosuite = options.cryptosuite ?? 'ecdsa-rdfc-2019';
  const hash = options.hash ?? CURVES[issuer.curve].hash;
  const proof: Json = {
    type: 'DataIntegrityProof',
    cryptosuite,
    created: '2026-01-01T00:00:00Z',
    verificationMethod: options.verificationMethod ?? issuer.verificationMethod,
    proofPurpose: 'assertionMethod',
  };
  const config = { ...proof, '@context': credential['@context'] };
  const configHash = await digest(hash, await canonical(config, cryptosuite));
  const documentHash = await digest(hash, await canonical(credential, cryptosuite));
  const hashData = Uint8Array.from([...configHash, ...documentHash]);

  const algorithm = { name: 'ECDSA', hash };
  const signature = new Uint8Array(
    await crypto.subtle.sign(algorithm, issuer.privateKey, hashData),
  );
  return { ...credential, proof: { ...proof, proofValue: `z${encodeBase58(signature)}` } };
}
