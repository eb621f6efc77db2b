// The `proof` check of a VC-JWT or VP-JWT, and the words it uses for what was signed and by whom.
import type { KeyResolution } from '../keys/types';
import type { ProofResult } from '../proof/types';
import { check } from '../report/check';
import type { CheckStatus } from '../report/types';
import type { SecuredDocument } from './encoding';
import type { SignatureOutcome } from './signature';

/** Who signs what is secured: a credential's issuer, a presentation's holder. */
export const SIGNER_ROLE = { credential: 'issuer', presentation: 'holder' } as const;

export interface Outcome {
  status: CheckStatus;
  code: string;
  message: string;
  method?: string | null;
  resolution?: KeyResolution | null;
}

/** The proof result for a token signed with `alg`, naming the verification method if known. */
export function result(alg: string | null, outcome: Outcome): ProofResult {
  const { status, code, message, method = null, resolution = null } = outcome;
  const details = { securing: 'vc-jwt', alg, verificationMethod: method };

  return {
    check: check('proof', status, code, message, details),
    verificationMethod: method,
    resolution,
  };
}

/** The proof result for a token whose `alg` is not accepted (RFC 8725 §3.1). */
export function refused(alg: string | null): ProofResult {
  const message =
    `The signature algorithm ${alg ?? '(none)'} is refused: ` +
    'only RS256, ES256, ES384 and EdDSA are accepted.';
  return result(alg, { status: 'failed', code: 'jwt_algorithm_refused', message });
}

/** Status, code and message of the `proof` check for each outcome of the signature check. */
export function signatureCheck(
  outcome: SignatureOutcome,
  document: SecuredDocument,
): [CheckStatus, string, string] {
  const role = SIGNER_ROLE[document];
  const checks: Record<SignatureOutcome, [CheckStatus, string, string]> = {
    valid: ['passed', 'signature_valid', `The signature is valid: the ${document} is unaltered.`],
    invalid: [
      'failed',
      'signature_invalid',
      `The signature does not match: the ${document} was altered or signed by another key.`,
    ],
    malformed: ['failed', 'jwt_malformed', 'The signature of the token is malformed.'],
    key_unusable: ['failed', 'jwt_key_unusable', `The ${role}'s key cannot check this signature.`],
  };
  return checks[outcome];
}
