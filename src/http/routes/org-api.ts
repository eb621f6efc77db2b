// The organisation API for integrations, authenticated by API key: the key's organisation, and
// its members (scope `members:read`). A member id from another organisation is a 404.
import { type Context, Hono } from 'hono';
import type { Access } from '../../auth/access';
import { isRowId } from '../../auth/tokens';
import { findMember, listMembers, type MemberSummary } from '../../db/members';
import type { AppEnv } from '../app-env';
import { methodNotAllowed } from '../method-not-allowed';
import { accessOf, requireAccess, requirePermission } from '../middleware/auth-guards';
import { ProblemError } from '../problems';

type Ctx = Context<AppEnv>;

function memberJson(member: MemberSummary) {
  const { id, name, email, role, createdAt } = member;

  return { id, name, email, role, createdAt: createdAt.toISOString() };
}

function whoAmI(access: Access) {
  const organisation = access.organisation;
  if (access.kind === 'member') return { organisation, member: access.member };

  return {
    organisation,
    apiKey: { id: access.key.id, name: access.key.name, scopes: access.key.scopes },
  };
}

function showOrganisation(c: Ctx) {
  c.header('Cache-Control', 'no-store');

  return c.json(whoAmI(accessOf(c)));
}

async function showMembers(c: Ctx) {
  const members = await listMembers(accessOf(c).scope);

  c.header('Cache-Control', 'no-store');
  return c.json({ members: members.map(memberJson) });
}

async function showMember(c: Ctx) {
  const id = c.req.param('id') ?? '';
  const member = isRowId(id) ? await findMember(accessOf(c).scope, id) : undefined;
  if (!member) throw new ProblemError('not_found', 'There is no member with this id.');

  c.header('Cache-Control', 'no-store');
  return c.json(memberJson(member));
}

/** Routes under /api/v1 for the organisation. */
export const orgApi = new Hono<AppEnv>()
  .get('/organisation', requireAccess(), showOrganisation)
  .all('/organisation', methodNotAllowed('GET, HEAD'))
  .get('/members', requirePermission('members:read'), showMembers)
  .all('/members', methodNotAllowed('GET, HEAD'))
  .get('/members/:id', requirePermission('members:read'), showMember)
  .all('/members/:id', methodNotAllowed('GET, HEAD'));
