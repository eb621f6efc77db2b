// The VC-JWT proof: a JWS signature by a key the token names, resolved through the issuer's
// DID or controller document. Validity times are the validity step's job, not checked here.
import type { DocumentFetcher } from '../../fetch/types';
import { resolveVerificationMethod } from '../keys/resolve';
import type { KeyResolution } from '../keys/types';
import type { ProofResult } from '../proof/types';
import { check } from '../report/check';
import type { CheckStatus } from '../report/types';
import { describeKey, isAllowedAlgorithm, keyFitsAlgorithm } from './algorithms';
import { findClaimMismatch } from './claims-agreement';
import type { DecodedOk } from './decode';
import { keyReference } from './key-reference';
import { checkSignature, type SignatureOutcome } from './signature';

const SIGNATURE_CHECKS: Record<SignatureOutcome, [CheckStatus, string, string]> = {
  valid: ['passed', 'signature_valid', 'The signature is valid: the credential is unaltered.'],
  invalid: [
    'failed',
    'signature_invalid',
    'The signature does not match: the credential was altered or signed by another key.',
  ],
  malformed: ['failed', 'jwt_malformed', 'The signature of the token is malformed.'],
  key_unusable: ['failed', 'jwt_key_unusable', "The issuer's key cannot check this signature."],
};

interface Outcome {
  status: CheckStatus;
  code: string;
  message: string;
  method: string | null;
  resolution: KeyResolution | null;
}

function result(alg: string | null, outcome: Outcome): ProofResult {
  const { status, code, message, method, resolution } = outcome;
  const details = { securing: 'vc-jwt', alg, verificationMethod: method };

  return {
    check: check('proof', status, code, message, details),
    verificationMethod: method,
    resolution,
  };
}

function refused(alg: string | null): ProofResult {
  const message =
    `The signature algorithm ${alg ?? '(none)'} is refused: ` +
    'only RS256, ES256, ES384 and EdDSA are accepted.';
  return result(alg, {
    status: 'failed',
    code: 'jwt_algorithm_refused',
    message,
    method: null,
    resolution: null,
  });
}

/**
 * Verifies the signature of a decoded VC-JWT: the algorithm is allowed, the registered claims agree
 * with the credential, the `kid` resolves to a key that fits the algorithm, and the JWS verifies.
 * Never throws. `now` is unused: expiry is judged from the credential by the validity step.
 */
export async function verifyVcJwtProof(
  token: string,
  decoded: DecodedOk,
  fetcher: DocumentFetcher,
  _now: Date,
): Promise<ProofResult> {
  const alg = typeof decoded.header.alg === 'string' ? decoded.header.alg : null;
  if (!isAllowedAlgorithm(alg)) return refused(alg);

  const fail = (
    code: string,
    message: string,
    method: string | null,
    resolution: KeyResolution | null = null,
  ) => result(alg, { status: 'failed', code, message, method, resolution });

  const mismatch = findClaimMismatch(decoded);
  if (mismatch) {
    const { claim, property } = mismatch;
    const message = `The JWT claim "${claim}" disagrees with the credential's ${property}.`;
    return fail('jwt_claims_mismatch', message, null);
  }

  const reference = keyReference(decoded.header, decoded.credential);
  if (!reference.ok) return fail(reference.code, reference.message, null);

  const resolution = await resolveVerificationMethod(reference.methodId, fetcher);
  if (!resolution.ok) {
    const { status, code, message } = resolution;
    return result(alg, { status, code, message, method: reference.methodId, resolution });
  }

  const { id, publicKeyJwk } = resolution.key;
  if (!keyFitsAlgorithm(alg, publicKeyJwk)) {
    const kind = describeKey(publicKeyJwk);
    const message = `The token claims ${alg}, which does not fit the issuer's ${kind} key.`;
    return fail('jwt_algorithm_key_mismatch', message, id, resolution);
  }

  const [status, code, message] = SIGNATURE_CHECKS[await checkSignature(token, alg, publicKeyJwk)];
  return result(alg, { status, code, message, method: id, resolution });
}
