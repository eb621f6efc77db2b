// Decodes a VC-JWT without checking it: the header, the payload, and the credential it carries.
import { type JWTHeader, readCompactJwt } from './compact';
import { encodingOf } from './encoding';
import { credentialFromVcClaim } from './vc-claim';

export type { JWTHeader } from './compact';

export type DecodedVcJwt =
  | {
      ok: true;
      header: JWTHeader;
      payload: Record<string, unknown>;
      /** The credential: the payload itself (VC 2.0), or rebuilt from the `vc` claim (VC 1.1). */
      credential: Record<string, unknown>;
      dataModel: 'vc-1.1' | 'vc-2.0';
    }
  | { ok: false; code: string; message: string };

export type DecodedOk = Extract<DecodedVcJwt, { ok: true }>;

const CREDENTIALS_V1 = 'https://www.w3.org/2018/credentials/v1';

function modelOf(context: unknown): 'vc-1.1' | 'vc-2.0' {
  const first = Array.isArray(context) ? context[0] : context;
  return first === CREDENTIALS_V1 ? 'vc-1.1' : 'vc-2.0';
}

/**
 * Decodes a compact VC-JWT. A payload with `@context` (or a `typ` of `vc+jwt` / `vc-ld+jwt`) is
 * the credential; a payload with a `vc` claim is rebuilt per the VC 1.1 JWT encoding.
 * Nothing is verified here: see `verifyVcJwtProof`.
 */
export function decodeVcJwt(token: string): DecodedVcJwt {
  const parts = readCompactJwt(token);
  if (!parts.ok) return parts;

  const { header, payload } = parts;
  const encoding = encodingOf('credential', header, payload);
  const notCredential = {
    ok: false as const,
    code: 'jwt_not_a_credential',
    message: 'The JWT does not carry a verifiable credential.',
  };

  if (encoding === 'payload') {
    if (!('@context' in payload)) return notCredential;
    return {
      ok: true,
      header,
      payload,
      credential: { ...payload },
      dataModel: modelOf(payload['@context']),
    };
  }
  if (encoding === null) return notCredential;

  const rebuilt = credentialFromVcClaim(payload);
  if (!rebuilt.ok) return rebuilt;
  return { ok: true, header, payload, credential: rebuilt.credential, dataModel: 'vc-1.1' };
}
