// The registration ceremony (WebAuthn Level 3, section 7.1): the options handed to
// `navigator.credentials.create()`, and the checks of the new credential it returns.
import { checkAttestation, parseAttestationObject } from './attestation';
import { checkAuthenticatorData } from './authenticator-checks';
import { parseAuthenticatorData } from './authenticator-data';
import { toBase64Url } from './bytes';
import { checkClientData, parseClientData } from './client-data';
import { importCoseKey, SUPPORTED_ALGORITHMS } from './cose-key';
import type { RegistrationCredential } from './credential-json';
import { equalBytes } from '../constant-time';
import { fail } from './passkey-error';
import type { RelyingParty } from './relying-party';

/** How long the browser may take, in milliseconds; the challenge lives as long. */
export const CEREMONY_TIMEOUT_MS = 5 * 60 * 1000;

/** `PublicKeyCredentialCreationOptionsJSON`: binary members as base64url. */
export interface CreationOptionsJSON {
  challenge: string;
  rp: { id: string; name: string };
  user: { id: string; name: string; displayName: string };
  pubKeyCredParams: { type: 'public-key'; alg: number }[];
  timeout: number;
  excludeCredentials: { type: 'public-key'; id: string }[];
  authenticatorSelection: {
    residentKey: 'required';
    requireResidentKey: true;
    userVerification: 'required';
  };
  attestation: 'none';
}

/** The member a passkey is made for. */
export interface PasskeyUser {
  /** The user handle: the UTF-8 bytes of this, never personal data (section 14.6.1). */
  id: string;
  email: string;
  name: string;
}

/** The user handle of a member: the UTF-8 bytes of their row id. */
export function userHandleOf(memberId: string): Uint8Array {
  return new TextEncoder().encode(memberId);
}

/**
 * The options for a new discoverable passkey with user verification, excluding the member's
 * existing credentials so one authenticator is not registered twice.
 */
export function creationOptions(
  rp: RelyingParty,
  challenge: string,
  user: PasskeyUser,
  existingCredentialIds: string[],
): CreationOptionsJSON {
  return {
    challenge,
    rp: { id: rp.id, name: rp.name },
    user: { id: toBase64Url(userHandleOf(user.id)), name: user.email, displayName: user.name },
    pubKeyCredParams: SUPPORTED_ALGORITHMS.map((alg) => ({ type: 'public-key', alg })),
    timeout: CEREMONY_TIMEOUT_MS,
    excludeCredentials: existingCredentialIds.map((id) => ({ type: 'public-key', id })),
    authenticatorSelection: {
      residentKey: 'required',
      requireResidentKey: true,
      userVerification: 'required',
    },
    attestation: 'none',
  };
}

/** A verified new credential, ready to store. */
export interface VerifiedRegistration {
  credentialId: string;
  /** The COSE_Key bytes as the authenticator sent them. */
  publicKey: Uint8Array;
  algorithm: number;
  signCount: number;
  aaguid: string;
  backupEligible: boolean;
  backedUp: boolean;
  transports: string[];
}

/** Verifies a new credential against the challenge issued for it; throws `PasskeyError`. */
export async function verifyRegistration(
  credential: RegistrationCredential,
  expected: { rp: RelyingParty; challenge: string },
): Promise<VerifiedRegistration> {
  const clientData = parseClientData(credential.clientDataJSON);
  checkClientData(clientData, { type: 'webauthn.create', ...expected });

  const attestation = parseAttestationObject(credential.attestationObject);
  const authData = parseAuthenticatorData(attestation.authData);
  await checkAuthenticatorData(authData, expected.rp);
  const attested = authData.attestedCredentialData;
  if (!attested) fail('credential_malformed', 'No attested credential data.');
  if (!equalBytes(attested.credentialId, credential.rawId)) {
    fail('credential_malformed', 'The attested credential id is not rawId.');
  }

  const key = await importCoseKey(attested.credentialPublicKey);
  await checkAttestation(attestation, key, credential.clientDataJSON);
  return {
    credentialId: credential.id,
    publicKey: attested.credentialPublicKey,
    algorithm: key.algorithm,
    signCount: authData.signCount,
    aaguid: attested.aaguid,
    backupEligible: authData.flags.backupEligible,
    backedUp: authData.flags.backedUp,
    transports: credential.transports,
  };
}
