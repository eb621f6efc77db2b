// Turns a resolved key and the canonical texts a proof signs into the `proof` check, for suites
// whose `proofValue` is one signature over hash(proof configuration) ‖ hash(document).
import { decodeMultibaseBase58 } from '../encoding/base58btc';
import { concatBytes } from '../encoding/digest';
import type { KeyResolution } from '../keys/types';
import { check } from '../report/check';
import type { Check } from '../report/types';
import { digest, type HashName } from './digest';
import { ecdsaHash, verifyEcdsa } from './ecdsa';
import { type SignatureCheck, verifyEd25519 } from './ed25519';
import type { Cryptosuite } from './suites/types';

/** The canonical proof configuration and document, before hashing. */
export interface SignedTexts {
  config: string;
  document: string;
}

type Details = Record<string, unknown>;

/** The signature in `proofValue`: base58btc multibase, as the EdDSA and ECDSA suites require. */
export function signatureBytes(proofValue: unknown): Uint8Array | null {
  return decodeMultibaseBase58(proofValue);
}

/** The hash a suite uses with a key, or null when the suite cannot use that key at all. */
function hashFor(suite: Cryptosuite, publicKeyJwk: JsonWebKey): HashName | null {
  if (suite.algorithm === 'ECDSA') return ecdsaHash(publicKeyJwk);

  return publicKeyJwk.kty === 'OKP' && publicKeyJwk.crv === 'Ed25519' ? 'SHA-256' : null;
}

/** The `proof` check for a key that cannot make this suite's signatures. */
export function keyTypeMismatch(suite: Cryptosuite, details: Details): Check {
  const wanted = suite.algorithm === 'ECDSA' ? 'a P-256 or P-384' : 'an Ed25519';
  const message = `The key is not ${wanted} key, which ${suite.name} proofs need.`;
  return check('proof', 'failed', 'key_type_mismatch', message, details);
}

/** The `proof` check once the signatures have been checked. */
export function signatureCheck(valid: boolean, details: Details): Check {
  if (valid) {
    return check(
      'proof',
      'passed',
      'signature_valid',
      'The signature matches the content.',
      details,
    );
  }

  return check(
    'proof',
    'failed',
    'signature_invalid',
    'The signature does not match: the content was altered or signed by another key.',
    details,
  );
}

/** The `proof` check for a key that could not be had. */
export function resolutionCheck(
  resolution: KeyResolution & { ok: false },
  details: Details,
): Check {
  return check('proof', resolution.status, resolution.code, resolution.message, details);
}

async function verifyBytes(
  suite: Cryptosuite,
  publicKeyJwk: JsonWebKey,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<SignatureCheck> {
  if (suite.algorithm === 'ECDSA') return verifyEcdsa(publicKeyJwk, signature, data);

  return verifyEd25519(publicKeyJwk, signature, data);
}

/** hashData = hash(canonical proof configuration) ‖ hash(canonical document), then verify. */
export async function verifyWithKey(
  suite: Cryptosuite,
  resolution: KeyResolution,
  signature: Uint8Array,
  texts: SignedTexts,
  details: Details,
): Promise<Check> {
  if (!resolution.ok) return resolutionCheck(resolution, details);

  const publicKeyJwk = resolution.key.publicKeyJwk;
  const hash = hashFor(suite, publicKeyJwk);
  if (!hash) return keyTypeMismatch(suite, details);

  const data = concatBytes(await digest(hash, texts.config), await digest(hash, texts.document));
  const outcome = await verifyBytes(suite, publicKeyJwk, signature, data);
  if (outcome === 'key_unsuitable') return keyTypeMismatch(suite, details);
  return signatureCheck(outcome === 'valid', details);
}
