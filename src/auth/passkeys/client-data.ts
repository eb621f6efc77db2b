// `clientDataJSON`: what the browser says it was asked to do, for which challenge and origin
// (WebAuthn Level 3, section 5.8.1). Its SHA-256 is what the authenticator signs.
import { fail } from './passkey-error';
import type { RelyingParty } from './relying-party';

/** The ceremony a client data belongs to. */
export type ClientDataType = 'webauthn.create' | 'webauthn.get';

/** The members of `CollectedClientData` the checks read. */
export interface CollectedClientData {
  type: string;
  challenge: string;
  origin: string;
  crossOrigin?: boolean;
  topOrigin?: string;
}

function decodeJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    return fail('client_data_invalid', 'clientDataJSON is not UTF-8 JSON.');
  }
}

/** Parses `clientDataJSON` into its members; throws `client_data_invalid` for another shape. */
export function parseClientData(bytes: Uint8Array): CollectedClientData {
  const data = decodeJson(bytes);
  if (typeof data !== 'object' || data === null) fail('client_data_invalid', 'Not an object.');

  const { type, challenge, origin, crossOrigin, topOrigin } = data as Record<string, unknown>;
  if (typeof type !== 'string' || typeof challenge !== 'string' || typeof origin !== 'string') {
    fail('client_data_invalid', 'type, challenge and origin must be strings.');
  }
  if (crossOrigin !== undefined && typeof crossOrigin !== 'boolean') {
    fail('client_data_invalid', 'crossOrigin must be a boolean.');
  }
  if (topOrigin !== undefined && typeof topOrigin !== 'string') {
    fail('client_data_invalid', 'topOrigin must be a string.');
  }
  return { type, challenge, origin, crossOrigin, topOrigin } as CollectedClientData;
}

/**
 * Checks the client data of a ceremony (registration steps 7-10, authentication steps 10-13):
 * the type, the one challenge issued, this site's origin, and no embedding in another site.
 */
export function checkClientData(
  data: CollectedClientData,
  expected: { type: ClientDataType; challenge: string; rp: RelyingParty },
) {
  if (data.type !== expected.type) fail('client_data_invalid', `type is not ${expected.type}.`);
  if (data.challenge !== expected.challenge) fail('challenge_invalid', 'Another challenge.');
  if (data.origin !== expected.rp.origin) fail('origin_mismatch', 'Another origin.');
  if (data.crossOrigin === true || data.topOrigin !== undefined) {
    fail('origin_mismatch', 'The ceremony ran inside a frame of another site.');
  }
}
