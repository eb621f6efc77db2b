// The `proof` of a signed badge: the JWS verifies with the key the assertion names in
// `verification.creator` (or, when it names none, a key its issuer lists). Algorithms outside the
// allowed list (`none`, the HMAC family) are refused before any key is looked up.
import type { VerifyContext } from '../context';
import {
  type AllowedAlgorithm,
  describeKey,
  isAllowedAlgorithm,
  keyFitsAlgorithm,
} from '../jwt/algorithms';
import { checkSignature } from '../jwt/signature';
import { check } from '../report/check';
import type { Check } from '../report/types';
import { loadSigningKey, type SigningKey } from './signing-key';
import type { Unavailable } from './types';

export interface SignedProof {
  proof: Check;
  /** The key the proof rests on, or why it could not be had; null when none was looked up. */
  key: SigningKey | Unavailable | null;
}

/** Keys tried at most when the assertion names none and its issuer lists several. */
const MAXIMUM_KEYS = 5;

const SIGNATURE = {
  valid: ['passed', 'signature_valid', 'The signature is valid: the badge is unaltered.'],
  invalid: [
    'failed',
    'signature_invalid',
    'The signature does not match: the badge was altered or signed by another key.',
  ],
  malformed: ['failed', 'jws_malformed', 'The signature of the badge is malformed.'],
  key_unusable: ['failed', 'key_unusable', "The issuer's key cannot check this signature."],
} as const;

async function tryKey(
  token: string,
  alg: AllowedAlgorithm,
  url: string,
  ctx: VerifyContext,
): Promise<SignedProof> {
  const key = await loadSigningKey(url, ctx);
  const details = { securing: 'jws', alg, creator: url };
  if (!key.ok) return { proof: check('proof', key.status, key.code, key.message, details), key };

  if (!keyFitsAlgorithm(alg, key.publicKeyJwk)) {
    const kind = describeKey(key.publicKeyJwk);
    const message = `The badge claims ${alg}, which does not fit the issuer's ${kind} key.`;
    return { proof: check('proof', 'failed', 'jwt_algorithm_key_mismatch', message, details), key };
  }

  const [status, code, message] = SIGNATURE[await checkSignature(token, alg, key.publicKeyJwk)];
  if (key.insecure) {
    const reason = 'The signing key came over plain HTTP (not HTTPS), so it cannot be relied on.';
    return { proof: check('proof', 'unknown', 'key_insecure', reason, details), key };
  }
  return { proof: check('proof', status, code, message, details), key };
}

/**
 * Verifies the JWS with the creator key, or with each key the issuer lists until one verifies.
 * Never throws.
 */
export async function verifySignedProof(
  token: string,
  alg: unknown,
  keyUrls: string[],
  ctx: VerifyContext,
): Promise<SignedProof> {
  if (typeof alg !== 'string' || !isAllowedAlgorithm(alg)) {
    const message =
      `The signature algorithm ${typeof alg === 'string' ? alg : '(none)'} is refused: ` +
      'only RS256, ES256, ES384 and EdDSA are accepted.';
    const details = { securing: 'jws', alg: typeof alg === 'string' ? alg : null };
    return {
      proof: check('proof', 'failed', 'jwt_algorithm_refused', message, details),
      key: null,
    };
  }
  if (keyUrls.length === 0) {
    const message = 'The signed badge names no key, and its issuer lists none to check it with.';
    return { proof: check('proof', 'failed', 'key_missing', message), key: null };
  }

  const [first, ...others] = keyUrls.slice(0, MAXIMUM_KEYS) as [string, ...string[]];
  let result = await tryKey(token, alg, first, ctx);
  for (const url of others) {
    if (result.proof.status === 'passed') break;
    result = await tryKey(token, alg, url, ctx);
  }
  return result;
}
