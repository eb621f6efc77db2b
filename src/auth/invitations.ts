// Inviting people: an owner or admin makes a one-time link for an email and a role; whoever holds
// the link sets a name and password and becomes a member. Only the link's hash is stored.
import type { Db } from '../db/client';
import {
  acceptInvitation,
  createInvitation,
  findLiveInvitation,
  type LiveInvitation,
  revokeInvitation,
} from '../db/invitations';
import { findMemberByEmail, hasMemberWithEmail, normaliseEmail } from '../db/members';
import { grantOrgScope } from '../db/org-scope';
import { auditActor, can, type MemberAccess } from './access';
import { audit } from './audit-log';
import { emailProblem, nameProblem } from './identity-input';
import { done, type Outcome, refused } from './outcome';
import { hashPassword } from './password-hash';
import { passwordProblem } from './password-policy';
import { mayAssignRole, type Role } from './roles';
import { hashToken, isSecretToken, newRowId, newSecretToken } from './tokens';

/** How long an invitation link works. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** Where invitation links lead. */
export const JOIN_PATH = '/join';

/** The path and query of an invitation link; the token is the secret part. */
export function invitationPath(token: string): string {
  return `${JOIN_PATH}?token=${token}`;
}

/** Creates an invitation; the value is the link's token, to be shown once. */
export async function invite(
  access: MemberAccess,
  input: { email: string; role: Role },
  now: Date,
): Promise<Outcome<string>> {
  if (!can(access, 'members:write') || !mayAssignRole(access.member.role, input.role)) {
    return refused('forbidden', 'Your role cannot invite people with this role.');
  }
  const problem = emailProblem(input.email);
  if (problem) return refused('input_invalid', problem);
  const email = normaliseEmail(input.email);
  if (await hasMemberWithEmail(access.scope, email)) {
    return refused('conflict', 'This person is already a member of your organisation.');
  }

  const token = newSecretToken();
  const id = newRowId();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  const row = { id, email, role: input.role, tokenHash: await hashToken(token), expiresAt };
  await createInvitation(access.scope, {
    ...row,
    createdByMemberId: access.member.id,
    createdAt: now,
  });

  const target = { type: 'invitation', id, label: email };
  await audit(access.scope, now, {
    action: 'member_invited',
    actor: auditActor(access),
    target,
    detail: { role: input.role },
  });
  return done(token);
}

/** Revokes a pending invitation of the member's organisation. */
export async function revokeInvitationOf(access: MemberAccess, id: string, now: Date) {
  if (!can(access, 'members:write')) return refused('forbidden', 'Your role cannot do this.');
  if (!(await revokeInvitation(access.scope, id, now))) {
    return refused('not_found', 'There is no such pending invitation.');
  }

  const target = { type: 'invitation', id };
  await audit(access.scope, now, {
    action: 'invitation_revoked',
    actor: auditActor(access),
    target,
  });
  return done(undefined);
}

/** The live invitation a link's token leads to, if any. */
export async function openInvitation(db: Db, token: string, now: Date) {
  if (!isSecretToken(token)) return undefined;

  return findLiveInvitation(db, await hashToken(token), now);
}

/** What the invitee types. */
export interface Acceptance {
  name: string;
  password: string;
  confirmation: string;
}

/** Accepts an invitation: the value is the new member's id, ready for `signIn`. */
export async function accept(
  db: Db,
  invitation: LiveInvitation,
  input: Acceptance,
  deps: { now: Date; pepper: string },
): Promise<Outcome<string>> {
  const problem = nameProblem(input.name) ?? passwordProblem(input.password, input.confirmation);
  if (problem) return refused('input_invalid', problem);
  if (await findMemberByEmail(db, invitation.email)) {
    return refused('conflict', 'An account with this email already exists. Sign in with it.');
  }

  const memberId = newRowId();
  const passwordHash = await hashPassword(input.password, deps.pepper);
  const invitee = { memberId, name: input.name.trim(), passwordHash };
  if (!(await acceptInvitation(db, invitation.id, invitee, deps.now))) {
    return refused('not_found', 'This invitation is no longer valid.');
  }

  const scope = grantOrgScope(db, invitation.organisationId);
  const actor = { memberId, label: invitation.email };
  const target = { type: 'invitation', id: invitation.id, label: invitation.email };
  await audit(scope, deps.now, {
    action: 'invitation_accepted',
    actor,
    target,
    detail: { role: invitation.role },
  });
  return done(memberId);
}
