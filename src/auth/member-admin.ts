// Changing members: a new role, or removal. Owners manage everyone; admins manage everyone but
// owners; an organisation always keeps at least one owner.
import {
  changeRole,
  countOwners,
  findMember,
  type MemberSummary,
  removeMember,
} from '../db/members';
import { auditActor, can, type MemberAccess } from './access';
import { audit } from './audit-log';
import { done, type Outcome, refused } from './outcome';
import { mayAssignRole, type Role } from './roles';

const LAST_OWNER = 'An organisation needs an owner: make someone else owner first.';

/** The member to change, once the actor is allowed to manage them; a refusal otherwise. */
async function manageable(access: MemberAccess, id: string): Promise<Outcome<MemberSummary>> {
  if (!can(access, 'members:write')) return refused('forbidden', 'Your role cannot do this.');

  const target = await findMember(access.scope, id);
  if (!target) return refused('not_found', 'There is no such member.');
  if (!mayAssignRole(access.member.role, target.role)) {
    return refused('forbidden', 'Only an owner can change an owner.');
  }
  if (target.role === 'owner' && (await countOwners(access.scope)) < 2) {
    return refused('conflict', LAST_OWNER);
  }
  return done(target);
}

/** Gives a member of the actor's organisation another role. */
export async function changeMemberRole(
  access: MemberAccess,
  id: string,
  role: Role,
  now: Date,
): Promise<Outcome> {
  if (can(access, 'members:write') && !mayAssignRole(access.member.role, role)) {
    return refused('forbidden', 'Your role cannot give this role.');
  }
  const found = await manageable(access, id);
  if (!found.ok) return found;
  if (found.value.role === role) return done(undefined);
  if (!(await changeRole(access.scope, id, role))) return refused('conflict', LAST_OWNER);

  const target = { type: 'member', id, label: found.value.email };
  const detail = { from: found.value.role, to: role };
  await audit(access.scope, now, {
    action: 'role_changed',
    actor: auditActor(access),
    target,
    detail,
  });
  return done(undefined);
}

/** Removes a member of the actor's organisation; their sessions end with them. */
export async function removeMemberOf(
  access: MemberAccess,
  id: string,
  now: Date,
): Promise<Outcome> {
  const found = await manageable(access, id);
  if (!found.ok) return found;
  if (!(await removeMember(access.scope, id))) return refused('conflict', LAST_OWNER);

  const target = { type: 'member', id, label: found.value.email };
  await audit(access.scope, now, { action: 'member_removed', actor: auditActor(access), target });
  return done(undefined);
}
