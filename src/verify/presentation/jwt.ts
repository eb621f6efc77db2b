// Secures a VP-JWT (VC 1.1 `vp` claim, or a VC-JOSE-COSE `vp+jwt`): decode, verify the holder's
// signature, and read the challenge (`nonce`), domain (`aud`) and validity times it carries.
import type { VerifyContext } from '../context';
import { verifyJwsProof } from '../jwt/jws-proof';
import { check } from '../report/check';
import type { Check } from '../report/types';
import { decodePresentationJwt } from './jwt-decode';
import { checkTokenValidity } from './jwt-validity';
import type { SecuredPresentation } from './types';

/** The secured presentation, or the `input` check that refuses an unreadable token. */
export async function secureJwt(
  token: string,
  ctx: VerifyContext,
): Promise<SecuredPresentation | Check> {
  const decoded = decodePresentationJwt(token);
  if (!decoded.ok) return check('input', 'failed', decoded.code, decoded.message);

  // A relative `kid` is joined to the signer, as it is joined to the issuer of a VC-JWT.
  const { header, signer, mismatch } = decoded;
  const input = { header, document: 'presentation' as const, signer, mismatch };
  const proof = await verifyJwsProof(token, input, ctx.fetcher);
  return {
    presentation: decoded.presentation,
    securing: 'vc-jwt',
    dataModel: decoded.dataModel,
    proofs: [proof],
    bindings: [decoded.binding],
    signer: decoded.signer,
    checks: checkTokenValidity(decoded.payload, ctx.now),
  };
}
