// `authenticatorData` (WebAuthn Level 3, section 6.1): the RP ID hash, the flags, the signature
// counter and, at registration, the attested credential data with the new public key.
import { decodeCborPrefix } from './cbor';
import { fail } from './passkey-error';

/** The flag bits of byte 32. */
const FLAG = { UP: 0x01, UV: 0x04, BE: 0x08, BS: 0x10, AT: 0x40, ED: 0x80 } as const;

const RP_ID_HASH_BYTES = 32;
const HEADER_BYTES = 37;
const AAGUID_BYTES = 16;

/** The spec's limit on credential ids (section 5.1, `rawId`). */
export const MAX_CREDENTIAL_ID_BYTES = 1023;

/** What the authenticator says about a new credential. */
export interface AttestedCredentialData {
  /** The authenticator model, as a UUID (all zeros when it is not disclosed). */
  aaguid: string;
  credentialId: Uint8Array;
  /** The COSE_Key bytes, exactly as sent. */
  credentialPublicKey: Uint8Array;
}

export interface AuthenticatorData {
  rpIdHash: Uint8Array;
  flags: {
    userPresent: boolean;
    userVerified: boolean;
    backupEligible: boolean;
    backedUp: boolean;
  };
  signCount: number;
  attestedCredentialData?: AttestedCredentialData;
}

function uuid(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

  return [8, 12, 16, 20].reduceRight((text, at) => `${text.slice(0, at)}-${text.slice(at)}`, hex);
}

function readAttestedCredentialData(bytes: Uint8Array): [AttestedCredentialData, number] {
  if (bytes.length < AAGUID_BYTES + 2) fail('credential_malformed', 'Attested data cut short.');
  const idLength = ((bytes[AAGUID_BYTES] ?? 0) << 8) | (bytes[AAGUID_BYTES + 1] ?? 0);
  const idStart = AAGUID_BYTES + 2;
  if (idLength === 0 || idLength > MAX_CREDENTIAL_ID_BYTES || idStart + idLength > bytes.length) {
    fail('credential_malformed', 'The credential id length is out of range.');
  }

  const keyStart = idStart + idLength;
  const [, keyLength] = decodeCborPrefix(bytes.subarray(keyStart), 'credentialPublicKey');
  const data = {
    aaguid: uuid(bytes.subarray(0, AAGUID_BYTES)),
    credentialId: bytes.slice(idStart, keyStart),
    credentialPublicKey: bytes.slice(keyStart, keyStart + keyLength),
  };
  return [data, keyStart + keyLength];
}

/** Parses authenticator data; every byte must be accounted for. */
export function parseAuthenticatorData(bytes: Uint8Array): AuthenticatorData {
  if (bytes.length < HEADER_BYTES) fail('credential_malformed', 'authenticatorData is too short.');
  const flags = bytes[RP_ID_HASH_BYTES] ?? 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  let offset = HEADER_BYTES;
  let attestedCredentialData: AttestedCredentialData | undefined;
  if (flags & FLAG.AT) {
    const [data, length] = readAttestedCredentialData(bytes.subarray(offset));
    attestedCredentialData = data;
    offset += length;
  }
  if (flags & FLAG.ED) offset += decodeCborPrefix(bytes.subarray(offset), 'extensions')[1];
  if (offset !== bytes.length) fail('credential_malformed', 'authenticatorData has extra bytes.');

  return {
    rpIdHash: bytes.slice(0, RP_ID_HASH_BYTES),
    flags: {
      userPresent: (flags & FLAG.UP) !== 0,
      userVerified: (flags & FLAG.UV) !== 0,
      backupEligible: (flags & FLAG.BE) !== 0,
      backedUp: (flags & FLAG.BS) !== 0,
    },
    signCount: view.getUint32(RP_ID_HASH_BYTES + 1),
    ...(attestedCredentialData ? { attestedCredentialData } : {}),
  };
}
