// The JWS proof shared by VC-JWT and VP-JWT: an accepted algorithm (no `none`, no HMAC), claims
// that agree, and a key named by `kid`, never one the token carries, that fits the algorithm.
import type { DocumentFetcher } from '../../fetch/types';
import { resolveVerificationMethod } from '../keys/resolve';
import type { ProofResult } from '../proof/types';
import {
  type AllowedAlgorithm,
  describeKey,
  isAllowedAlgorithm,
  keyFitsAlgorithm,
} from './algorithms';
import type { JWTHeader } from './compact';
import type { SecuredDocument } from './encoding';
import { keyReference } from './key-reference';
import { refused, result, SIGNER_ROLE, signatureCheck } from './proof-result';
import { checkSignature } from './signature';

/** A registered claim that contradicts the property of the document it restates. */
export interface ClaimMismatch {
  claim: string;
  property: string;
}

export interface JwsProofInput {
  header: JWTHeader;
  /** What the token secures; it names the document and its signer in messages. */
  document: SecuredDocument;
  /** The signer's id, to which a relative `kid` is joined: the issuer, or the holder. */
  signer: string | null;
  /** The first claim the caller's agreement rules found contradicted, or null. */
  mismatch: ClaimMismatch | null;
}

function contradicted(alg: string, document: SecuredDocument, mismatch: ClaimMismatch) {
  const { claim, property } = mismatch;
  const message = `The JWT claim "${claim}" disagrees with the ${document}'s ${property}.`;
  return result(alg, { status: 'failed', code: 'jwt_claims_mismatch', message });
}

async function verifyWithNamedKey(
  token: string,
  alg: AllowedAlgorithm,
  input: JwsProofInput,
  fetcher: DocumentFetcher,
): Promise<ProofResult> {
  const reference = keyReference(input.header, input.signer);
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
    const key = `${SIGNER_ROLE[input.document]}'s ${describeKey(publicKeyJwk)} key`;
    const message = `The token claims ${alg}, which does not fit the ${key}.`;
    const code = 'jwt_algorithm_key_mismatch';
    return result(alg, { status: 'failed', code, message, method: id, resolution });
  }

  const outcome = await checkSignature(token, alg, publicKeyJwk);
  const [status, code, message] = signatureCheck(outcome, input.document);
  return result(alg, { status, code, message, method: id, resolution });
}

/**
 * Verifies the JWS of a VC-JWT or VP-JWT: the algorithm is accepted, no registered claim
 * contradicts the document, and the `kid` resolves to a key that fits the algorithm and checks the
 * signature. Times are not looked at here. Never throws.
 */
export async function verifyJwsProof(
  token: string,
  input: JwsProofInput,
  fetcher: DocumentFetcher,
): Promise<ProofResult> {
  const alg = typeof input.header.alg === 'string' ? input.header.alg : null;
  if (!isAllowedAlgorithm(alg)) return refused(alg);

  if (input.mismatch) return contradicted(alg, input.document, input.mismatch);

  return verifyWithNamedKey(token, alg, input, fetcher);
}
