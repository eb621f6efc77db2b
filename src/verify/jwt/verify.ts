// The VC-JWT proof: a JWS signature by a key the token names, resolved through the issuer's
// DID or controller document. Validity times are the validity step's job, not checked here.
import type { DocumentFetcher } from '../../fetch/types';
import type { ProofResult } from '../proof/types';
import { findClaimMismatch } from './claims-agreement';
import type { DecodedOk } from './decode';
import { issuerIdOf } from './issuer-id';
import { verifyJwsProof } from './jws-proof';

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
  const input = {
    header: decoded.header,
    document: 'credential' as const,
    signer: issuerIdOf(decoded.credential.issuer),
    mismatch: findClaimMismatch(decoded),
  };
  return verifyJwsProof(token, input, fetcher);
}
