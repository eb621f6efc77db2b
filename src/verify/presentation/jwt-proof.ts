// The proof of a VP-JWT: the same algorithm rules as a VC-JWT (no `none`, no HMAC, the key must
// fit the algorithm), and the key named by `kid`, never one the token carries (RFC 8725 §3.1).
import type { DocumentFetcher } from '../../fetch/types';
import { describeKey, isAllowedAlgorithm, keyFitsAlgorithm } from '../jwt/algorithms';
import { keyReference } from '../jwt/key-reference';
import { checkSignature, type SignatureOutcome } from '../jwt/signature';
import { resolveVerificationMethod } from '../keys/resolve';
import type { KeyResolution } from '../keys/types';
import type { ProofResult } from '../proof/types';
import { check } from '../report/check';
import type { CheckStatus } from '../report/types';
import type { DecodedPresentationJwt } from './jwt-decode';

const SIGNATURES: Record<SignatureOutcome, [CheckStatus, string, string]> = {
  valid: ['passed', 'signature_valid', 'The signature is valid: the presentation is unaltered.'],
  invalid: [
    'failed',
    'signature_invalid',
    'The signature does not match: the presentation was altered or signed by another key.',
  ],
  malformed: ['failed', 'jwt_malformed', 'The signature of the token is malformed.'],
  key_unusable: ['failed', 'jwt_key_unusable', "The holder's key cannot check this signature."],
};

interface Outcome {
  status: CheckStatus;
  code: string;
  message: string;
  method?: string | null;
  resolution?: KeyResolution | null;
}

function result(alg: string | null, outcome: Outcome): ProofResult {
  const { status, code, message, method = null, resolution = null } = outcome;
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
  return result(alg, { status: 'failed', code: 'jwt_algorithm_refused', message });
}

function contradicted(alg: string, claim: 'iss' | 'jti'): ProofResult {
  const property = claim === 'iss' ? 'holder' : 'id';
  const message = `The JWT claim "${claim}" disagrees with the presentation's ${property}.`;
  return result(alg, { status: 'failed', code: 'jwt_claims_mismatch', message });
}

/** Verifies the signature of a decoded VP-JWT with the signer's key. Never throws. */
export async function verifyPresentationJwt(
  token: string,
  decoded: DecodedPresentationJwt,
  fetcher: DocumentFetcher,
): Promise<ProofResult> {
  const alg = typeof decoded.header.alg === 'string' ? decoded.header.alg : null;
  if (!isAllowedAlgorithm(alg)) return refused(alg);
  if (decoded.mismatch) return contradicted(alg, decoded.mismatch);

  // A relative `kid` is joined to the signer, as it is joined to the issuer of a VC-JWT.
  const reference = keyReference(decoded.header, { issuer: decoded.signer ?? undefined });
  if (!reference.ok) {
    return result(alg, { status: 'failed', code: reference.code, message: reference.message });
  }

  const method = reference.methodId;
  const resolution = await resolveVerificationMethod(method, fetcher);
  if (!resolution.ok) {
    const { status, code, message } = resolution;
    return result(alg, { status, code, message, method, resolution });
  }

  const { id, publicKeyJwk } = resolution.key;
  if (!keyFitsAlgorithm(alg, publicKeyJwk)) {
    const kind = describeKey(publicKeyJwk);
    const message = `The token claims ${alg}, which does not fit the holder's ${kind} key.`;
    return result(alg, {
      status: 'failed',
      code: 'jwt_algorithm_key_mismatch',
      message,
      method: id,
      resolution,
    });
  }

  const [status, code, message] = SIGNATURES[await checkSignature(token, alg, publicKeyJwk)];
  return result(alg, { status, code, message, method: id, resolution });
}
