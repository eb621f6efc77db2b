// Reads a signed Open Badges assertion: a compact JWS whose payload is the assertion itself.
// Nothing is verified here.
import { decodeJwt, decodeProtectedHeader, type ProtectedHeaderParameters } from 'jose';
import type { Json } from './types';

export type DecodedJws =
  | { ok: true; header: ProtectedHeaderParameters; payload: Json }
  | { ok: false; code: 'jws_malformed'; message: string };

export function decodeJws(token: string): DecodedJws {
  try {
    return { ok: true, header: decodeProtectedHeader(token), payload: decodeJwt(token) };
  } catch {
    const message = 'The signed badge is not a well-formed JWS with a JSON assertion inside.';
    return { ok: false, code: 'jws_malformed', message };
  }
}
