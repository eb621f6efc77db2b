// The authentication ceremony (WebAuthn Level 3, section 7.2): the options handed to
// `navigator.credentials.get()`, and the checks of the assertion it returns against the stored
// credential. The user is not named beforehand: the passkey is discoverable and says who it is.
import { equalBytes } from '../constant-time';
import { checkAuthenticatorData } from './authenticator-checks';
import { parseAuthenticatorData } from './authenticator-data';
import { checkClientData, parseClientData } from './client-data';
import { importCoseKey } from './cose-key';
import type { AuthenticationCredential } from './credential-json';
import { fail } from './passkey-error';
import { CEREMONY_TIMEOUT_MS } from './registration';
import type { RelyingParty } from './relying-party';
import { checkSignature } from './signature';

/** `PublicKeyCredentialRequestOptionsJSON`: binary members as base64url. */
export interface RequestOptionsJSON {
  challenge: string;
  rpId: string;
  timeout: number;
  allowCredentials: [];
  userVerification: 'required';
}

/** The options of a sign-in with any passkey of this site, user verification required. */
export function requestOptions(rp: RelyingParty, challenge: string): RequestOptionsJSON {
  return {
    challenge,
    rpId: rp.id,
    timeout: CEREMONY_TIMEOUT_MS,
    allowCredentials: [],
    userVerification: 'required',
  };
}

/** What the service keeps of a passkey, as the checks need it. */
export interface StoredCredential {
  publicKey: Uint8Array;
  signCount: number;
  backupEligible: boolean;
  /** The user handle the passkey was created with. */
  userHandle: Uint8Array;
}

/** What a successful assertion changes in the stored credential. */
export interface VerifiedAuthentication {
  signCount: number;
  backedUp: boolean;
}

/**
 * Section 6.1.1: a counter that does not grow means the authenticator may have been cloned.
 * Authenticators that keep no counter send 0 every time, which is accepted while both are 0.
 */
export function checkSignCount(stored: number, received: number) {
  if ((stored !== 0 || received !== 0) && received <= stored) {
    fail('counter_regression', 'The signature counter did not increase.');
  }
}

/** Verifies an assertion of `stored` for the challenge issued; throws `PasskeyError`. */
export async function verifyAuthentication(
  credential: AuthenticationCredential,
  expected: { rp: RelyingParty; challenge: string },
  stored: StoredCredential,
): Promise<VerifiedAuthentication> {
  const clientData = parseClientData(credential.clientDataJSON);
  checkClientData(clientData, { type: 'webauthn.get', ...expected });
  // Step 6: the user was not identified beforehand, so the user handle must name the owner.
  if (!credential.userHandle || !equalBytes(credential.userHandle, stored.userHandle)) {
    fail('user_handle_mismatch', 'The user handle is not the credential owner.');
  }

  const authData = parseAuthenticatorData(credential.authenticatorData);
  await checkAuthenticatorData(authData, expected.rp);
  if (authData.flags.backupEligible !== stored.backupEligible) {
    fail('backup_state_invalid', 'The BE flag changed since registration.');
  }

  const key = await importCoseKey(stored.publicKey);
  await checkSignature(
    key,
    credential.signature,
    credential.authenticatorData,
    credential.clientDataJSON,
  );
  checkSignCount(stored.signCount, authData.signCount);
  return { signCount: authData.signCount, backedUp: authData.flags.backedUp };
}
