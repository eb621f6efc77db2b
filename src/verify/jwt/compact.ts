// Reads the two JSON parts of a compact JWT (RFC 7519 §7.2) without checking the signature.
import { decodeJwt, decodeProtectedHeader, type ProtectedHeaderParameters } from 'jose';

export type JWTHeader = ProtectedHeaderParameters;

export type CompactParts =
  | { ok: true; header: JWTHeader; payload: Record<string, unknown> }
  | { ok: false; code: 'jwt_malformed'; message: string };

/** The protected header and the claims of `token`, or `jwt_malformed` when either is unreadable. */
export function readCompactJwt(token: string): CompactParts {
  try {
    return { ok: true, header: decodeProtectedHeader(token), payload: decodeJwt(token) };
  } catch {
    return { ok: false, code: 'jwt_malformed', message: 'The JWT is not well formed.' };
  }
}
