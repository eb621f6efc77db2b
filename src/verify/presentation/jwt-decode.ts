// Decodes a VP-JWT without checking it. VC 1.1 §6.3.1: the `vp` claim, with `iss` for the holder,
// `jti` for the id, `nonce` for the challenge and `aud` for the domain. VC-JOSE-COSE (VC 2.0): a
// `vp+jwt` payload is the presentation itself, and `nonce` and `aud` keep their meaning.
import { type JWTHeader, readCompactJwt } from '../jwt/compact';
import { encodingOf } from '../jwt/encoding';
import type { ClaimMismatch } from '../jwt/jws-proof';
import { dataModelOf } from '../structure/format';
import { idOf } from '../structure/problem';
import type { PresentedBinding, SecuredPresentation } from './types';

export interface DecodedPresentationJwt {
  ok: true;
  header: JWTHeader;
  payload: Record<string, unknown>;
  presentation: Record<string, unknown>;
  dataModel: SecuredPresentation['dataModel'];
  /** Who signed, as the token states it: `iss`, or else the presentation's holder. */
  signer: string | null;
  binding: PresentedBinding;
  /** A registered claim that contradicts the presentation property it restates, or null. */
  mismatch: ClaimMismatch | null;
}

export type DecodeResult = DecodedPresentationJwt | { ok: false; code: string; message: string };

const HOLDER_MISMATCH: ClaimMismatch = { claim: 'iss', property: 'holder' };

function bindingOf(payload: Record<string, unknown>): PresentedBinding {
  const challenge = typeof payload.nonce === 'string' ? payload.nonce : null;
  const domains = [payload.aud ?? []].flat().filter((a): a is string => typeof a === 'string');
  return { challenge, domains };
}

function disagrees(claim: unknown, stated: unknown): boolean {
  return typeof claim === 'string' && stated !== undefined && claim !== stated;
}

function vpClaimMismatch(payload: Record<string, unknown>, presentation: Record<string, unknown>) {
  if (disagrees(payload.iss, idOf(presentation.holder) ?? undefined)) return HOLDER_MISMATCH;
  if (disagrees(payload.jti, presentation.id)) return { claim: 'jti', property: 'id' };
  return null;
}

/** VC 1.1: the presentation the `vp` claim and the `iss` and `jti` claims describe. */
function fromVpClaim(payload: Record<string, unknown>) {
  const presentation = structuredClone(payload.vp as Record<string, unknown>);
  const mismatch = vpClaimMismatch(payload, presentation);

  const { iss, jti } = payload;
  if (typeof iss === 'string' && presentation.holder === undefined) presentation.holder = iss;
  if (typeof jti === 'string' && presentation.id === undefined) presentation.id = jti;
  return { presentation, dataModel: 'vc-1.1' as const, mismatch };
}

/** VC 2.0: the payload is the presentation; an `iss` must name its holder. */
function fromPayload(payload: Record<string, unknown>) {
  const presentation = { ...payload };
  const holder = idOf(payload.holder) ?? undefined;
  const mismatch = disagrees(payload.iss, holder) ? HOLDER_MISMATCH : null;
  return { presentation, dataModel: dataModelOf(presentation), mismatch };
}

/** Decodes a compact VP-JWT; nothing is verified here. */
export function decodePresentationJwt(token: string): DecodeResult {
  const parts = readCompactJwt(token);
  if (!parts.ok) return parts;

  const { header, payload } = parts;
  const encoding = encodingOf('presentation', header, payload);
  if (encoding === null) {
    const message = 'The JWT does not carry a verifiable presentation.';
    return { ok: false, code: 'jwt_not_a_presentation', message };
  }

  const decoded = encoding === 'payload' ? fromPayload(payload) : fromVpClaim(payload);
  const { presentation } = decoded;
  const signer = typeof payload.iss === 'string' ? payload.iss : idOf(presentation.holder);
  return { ok: true, header, payload, ...decoded, signer, binding: bindingOf(payload) };
}
