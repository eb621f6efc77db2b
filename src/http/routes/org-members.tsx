// The members pages: the list (with pending invitations), inviting, withdrawing an invitation,
// changing a role and removing a member. Ids in the URL are looked up only inside the member's
// own organisation, so another organisation's id is a plain 404.
import { type Context, Hono } from 'hono';
import { can, type MemberAccess } from '../../auth/access';
import { invitationPath, invite, revokeInvitationOf } from '../../auth/invitations';
import { changeMemberRole, removeMemberOf } from '../../auth/member-admin';
import type { Outcome } from '../../auth/outcome';
import { isRole, mayAssignRole, ROLES, type Role } from '../../auth/roles';
import { isRowId } from '../../auth/tokens';
import { listPendingInvitations } from '../../db/invitations';
import { listMembers } from '../../db/members';
import { MembersPage, type MembersPageProps } from '../../pages/org/members-page';
import type { AppEnv } from '../app-env';
import { memberOf, requirePermission, unwrap } from '../middleware/auth-guards';
import { ProblemError } from '../problems';
import { postedForm } from './auth-form';
import { viewerOf } from './org-viewer';

type Ctx = Context<AppEnv>;

function assignable(access: MemberAccess): Role[] {
  if (!can(access, 'members:write')) return [];

  return ROLES.filter((role) => mayAssignRole(access.member.role, role));
}

async function membersPage(
  c: Ctx,
  extra: Partial<MembersPageProps> = {},
  status: 200 | 400 | 409 = 200,
) {
  const access = memberOf(c);
  const manager = can(access, 'members:write');
  const members = await listMembers(access.scope);
  const invitations = manager ? await listPendingInvitations(access.scope, c.var.now()) : [];

  const rows = members.map((member) => ({
    ...member,
    manageable: manager && mayAssignRole(access.member.role, member.role),
  }));
  const props = {
    viewer: viewerOf(access),
    members: rows,
    invitations,
    assignableRoles: assignable(access),
  };
  return c.html(<MembersPage {...props} {...extra} />, status);
}

type Refusal = Extract<Outcome, { ok: false }>;

/** A refusal the member can fix on the page is shown there; others become an error page. */
function showRefusal(c: Ctx, refusal: Refusal): Promise<Response> {
  if (refusal.code === 'input_invalid') return membersPage(c, { error: refusal.message }, 400);
  if (refusal.code === 'conflict') return membersPage(c, { error: refusal.message }, 409);
  throw new ProblemError(refusal.code, refusal.message);
}

function roleField(value: string): Role {
  if (!isRole(value)) throw new ProblemError('input_invalid', 'Choose one of the roles offered.');

  return value;
}

function idParam(c: Ctx): string {
  const id = c.req.param('id') ?? '';
  if (!isRowId(id)) throw new ProblemError('not_found', 'There is no such member or invitation.');

  return id;
}

async function createInvitation(c: Ctx) {
  const form = await postedForm(c);
  const role = roleField(form.text('role'));
  const email = form.text('email');

  const outcome = await invite(memberOf(c), { email, role }, c.var.now());
  if (!outcome.ok) return showRefusal(c, outcome);
  const link = `${new URL(c.req.url).origin}${invitationPath(outcome.value)}`;
  return membersPage(c, { created: { email: email.trim().toLowerCase(), role, link } });
}

async function withdrawInvitation(c: Ctx) {
  unwrap(await revokeInvitationOf(memberOf(c), idParam(c), c.var.now()));

  return c.redirect('/org/members', 303);
}

async function changeRole(c: Ctx) {
  const id = idParam(c);
  const role = roleField((await postedForm(c)).text('role'));

  const outcome = await changeMemberRole(memberOf(c), id, role, c.var.now());
  if (!outcome.ok) return showRefusal(c, outcome);
  return c.redirect('/org/members', 303);
}

async function removeMember(c: Ctx) {
  const access = memberOf(c);
  const id = idParam(c);

  const outcome = await removeMemberOf(access, id, c.var.now());
  if (!outcome.ok) return showRefusal(c, outcome);
  return c.redirect(id === access.member.id ? '/' : '/org/members', 303);
}

/** Routes under /org for members and invitations. */
export const orgMemberRoutes = new Hono<AppEnv>()
  .get('/members', requirePermission('members:read'), (c) => membersPage(c))
  .post('/invitations', requirePermission('members:write'), createInvitation)
  .post('/invitations/:id/revoke', requirePermission('members:write'), withdrawInvitation)
  .post('/members/:id/role', requirePermission('members:write'), changeRole)
  .post('/members/:id/remove', requirePermission('members:write'), removeMember);
