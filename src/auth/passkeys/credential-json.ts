// The credential the sign-in and account pages post back: the JSON form of a
// `PublicKeyCredential` (WebAuthn Level 3, `RegistrationResponseJSON` and
// `AuthenticationResponseJSON`), with every binary member decoded from base64url.
import { decodeBase64Url, toBase64Url } from './bytes';
import { MAX_CREDENTIAL_ID_BYTES } from './authenticator-data';
import { fail } from './passkey-error';

/** Far above any real credential; keeps a hostile post from costing much. */
export const MAX_CREDENTIAL_JSON_LENGTH = 16 * 1024;

const TRANSPORTS = ['ble', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'];

/** A new credential from `navigator.credentials.create()`. */
export interface RegistrationCredential {
  id: string;
  rawId: Uint8Array;
  clientDataJSON: Uint8Array;
  attestationObject: Uint8Array;
  transports: string[];
}

/** An assertion from `navigator.credentials.get()`. */
export interface AuthenticationCredential {
  id: string;
  rawId: Uint8Array;
  clientDataJSON: Uint8Array;
  authenticatorData: Uint8Array;
  signature: Uint8Array;
  userHandle: Uint8Array | null;
}

type Json = Record<string, unknown>;

function object(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('credential_malformed', `${what} is not an object.`);
  }
  return value as Json;
}

function binary(value: unknown, what: string): Uint8Array {
  const bytes = typeof value === 'string' ? decodeBase64Url(value) : null;
  if (!bytes || bytes.length === 0) fail('credential_malformed', `${what} is not base64url.`);

  return bytes;
}

function parseJson(text: string): Json {
  if (text.length > MAX_CREDENTIAL_JSON_LENGTH) fail('credential_malformed', 'Too long.');

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    fail('credential_malformed', 'The credential is not JSON.');
  }
  return object(parsed, 'The credential');
}

/** The members both kinds share: `id` must be the base64url of `rawId`, the type `public-key`. */
function parseCommon(text: string) {
  const json = parseJson(text);
  const rawId = binary(json.rawId, 'rawId');
  const id = toBase64Url(rawId);
  if (json.type !== 'public-key' || json.id !== id) {
    fail('credential_malformed', 'id must be the base64url of rawId, of type public-key.');
  }
  if (rawId.length > MAX_CREDENTIAL_ID_BYTES) fail('credential_malformed', 'rawId too long.');

  const response = object(json.response, 'response');
  const clientDataJSON = binary(response.clientDataJSON, 'clientDataJSON');
  return { id, rawId, response, clientDataJSON };
}

function transportsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];

  return [...new Set(value.filter((item): item is string => TRANSPORTS.includes(item)))];
}

/** Parses a posted registration credential; throws `credential_malformed`. */
export function parseRegistrationCredential(text: string): RegistrationCredential {
  const { id, rawId, response, clientDataJSON } = parseCommon(text);

  return {
    id,
    rawId,
    clientDataJSON,
    attestationObject: binary(response.attestationObject, 'attestationObject'),
    transports: transportsOf(response.transports),
  };
}

/** Parses a posted authentication credential; throws `credential_malformed`. */
export function parseAuthenticationCredential(text: string): AuthenticationCredential {
  const { id, rawId, response, clientDataJSON } = parseCommon(text);
  const handle = response.userHandle;

  return {
    id,
    rawId,
    clientDataJSON,
    authenticatorData: binary(response.authenticatorData, 'authenticatorData'),
    signature: binary(response.signature, 'signature'),
    userHandle: handle === undefined || handle === null ? null : binary(handle, 'userHandle'),
  };
}
