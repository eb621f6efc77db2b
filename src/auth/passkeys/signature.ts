// Verifies an authenticator's signature over `authenticatorData ‖ SHA-256(clientDataJSON)`
// (WebAuthn Level 3, section 6.3.3) with the credential's public key.
import { concatBytes, sha256 } from './bytes';
import { COSE_ALGORITHM, type CredentialKey } from './cose-key';
import { derToP1363 } from './der-signature';
import { fail } from './passkey-error';

const P256_INTEGER_BYTES = 32;

async function verifyWith(credential: CredentialKey, signature: Uint8Array, data: Uint8Array) {
  const message = data as Uint8Array<ArrayBuffer>;
  const sig = signature as Uint8Array<ArrayBuffer>;

  switch (credential.algorithm) {
    case COSE_ALGORITHM.ES256: {
      const p1363 = derToP1363(signature, P256_INTEGER_BYTES);
      const params = { name: 'ECDSA', hash: 'SHA-256' };
      return crypto.subtle.verify(params, credential.key, p1363, message);
    }
    case COSE_ALGORITHM.EdDSA:
      return crypto.subtle.verify({ name: 'Ed25519' }, credential.key, sig, message);
    case COSE_ALGORITHM.RS256:
      return crypto.subtle.verify({ name: 'RSASSA-PKCS1-v1_5' }, credential.key, sig, message);
  }
}

/** Checks the signature over the authenticator data and the client data's hash. */
export async function checkSignature(
  credential: CredentialKey,
  signature: Uint8Array,
  authenticatorData: Uint8Array,
  clientDataJSON: Uint8Array,
) {
  const signed = concatBytes(authenticatorData, await sha256(clientDataJSON));

  if (!(await verifyWith(credential, signature, signed))) {
    fail('signature_invalid', 'The signature does not verify.');
  }
}
