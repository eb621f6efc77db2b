// The checks both ceremonies make on authenticator data: it is for this RP ID, a person was
// present and verified (PIN, biometrics), and the backup flags are coherent.
import { equalBytes } from '../constant-time';
import type { AuthenticatorData } from './authenticator-data';
import { sha256Text } from './bytes';
import { fail } from './passkey-error';
import type { RelyingParty } from './relying-party';

/**
 * Registration steps 13-17 and authentication steps 15-18. User verification is required: a
 * passkey stands in for a password, so it must prove both possession and the person.
 */
export async function checkAuthenticatorData(data: AuthenticatorData, rp: RelyingParty) {
  if (!equalBytes(data.rpIdHash, await sha256Text(rp.id))) {
    fail('rp_id_mismatch', 'rpIdHash is not the SHA-256 of this RP ID.');
  }
  if (!data.flags.userPresent) fail('user_not_present', 'The UP flag is not set.');
  if (!data.flags.userVerified) fail('user_not_verified', 'The UV flag is not set.');
  // Section 6.1: BS (backed up) may be set only when BE (backup eligible) is.
  if (data.flags.backedUp && !data.flags.backupEligible) {
    fail('backup_state_invalid', 'BS is set without BE.');
  }
}
