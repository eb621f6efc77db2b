// The attestation object of a registration (WebAuthn Level 3, sections 6.5 and 8): its format,
// statement and authenticator data. Accepted: `none` (what browsers send when, as here, the RP
// asks for no attestation) and `packed` self attestation. Other formats, and `packed` with a
// certificate chain, are refused: this service does not evaluate authenticator certificates.
import { asCborMap, decodeCbor } from './cbor';
import type { CredentialKey } from './cose-key';
import { fail } from './passkey-error';
import { checkSignature } from './signature';

/** The decoded attestation object. */
export interface AttestationObject {
  fmt: string;
  attStmt: Map<unknown, unknown>;
  authData: Uint8Array;
}

/** Decodes `attestationObject`; throws `credential_malformed` for another shape. */
export function parseAttestationObject(bytes: Uint8Array): AttestationObject {
  const map = asCborMap(decodeCbor(bytes, 'attestationObject'), 'attestationObject');
  const fmt = map.get('fmt');
  const attStmt = map.get('attStmt');
  const authData = map.get('authData');
  if (typeof fmt !== 'string' || !(authData instanceof Uint8Array)) {
    fail('credential_malformed', 'attestationObject lacks fmt or authData.');
  }

  return { fmt, attStmt: asCborMap(attStmt, 'attStmt'), authData };
}

/** `packed` self attestation (section 8.2): signed with the new credential's own key. */
async function checkPackedSelf(
  attestation: AttestationObject,
  credential: CredentialKey,
  clientDataJSON: Uint8Array,
) {
  const { attStmt } = attestation;
  if (attStmt.has('x5c')) fail('attestation_unsupported', 'packed with x5c is not evaluated.');
  const sig = attStmt.get('sig');
  if (attStmt.get('alg') !== credential.algorithm || !(sig instanceof Uint8Array)) {
    fail('attestation_invalid', 'packed alg must match the credential key, with a sig.');
  }

  try {
    await checkSignature(credential, sig, attestation.authData, clientDataJSON);
  } catch {
    fail('attestation_invalid', 'The packed self attestation signature does not verify.');
  }
}

/** Verifies the attestation statement against the new credential's key. */
export async function checkAttestation(
  attestation: AttestationObject,
  credential: CredentialKey,
  clientDataJSON: Uint8Array,
) {
  if (attestation.fmt === 'none') {
    if (attestation.attStmt.size !== 0) fail('attestation_invalid', 'none has a statement.');
    return;
  }
  if (attestation.fmt === 'packed') {
    await checkPackedSelf(attestation, credential, clientDataJSON);
    return;
  }
  fail('attestation_unsupported', `The attestation format ${attestation.fmt} is not supported.`);
}
