// Removing one of the signed-in member's own passkeys, recorded in the audit log. Only the
// member's own passkeys can be named: another member's id is "no such passkey".
import { deletePasskey } from '../../db/passkeys';
import { auditActor, type MemberAccess } from '../access';
import { audit } from '../audit-log';
import { done, type Outcome, refused } from '../outcome';

/** Removes a passkey of the member; it can no longer sign in from the next request on. */
export async function removePasskey(access: MemberAccess, id: string, now: Date): Promise<Outcome> {
  const removed = await deletePasskey(access.scope, access.member.id, id);
  if (!removed) return refused('not_found', 'There is no such passkey on your account.');

  const target = { type: 'passkey', id, label: removed.name };
  await audit(access.scope, now, { action: 'passkey_removed', actor: auditActor(access), target });
  return done(undefined);
}
