// Cloudflare Access mode: when `ACCESS_TEAM_DOMAIN` and `ACCESS_AUD` are set, a page request
// carrying `Cf-Access-Jwt-Assertion` is trusted only once the JWT verifies against the team's
// keys. Its email must be a member's (nobody is created); the member then gets a session.
import type { Context } from 'hono';
import type { MemberAccess } from '../../auth/access';
import { audit } from '../../auth/audit-log';
import { readAccessSettings } from '../../auth/cloudflare-access/access-settings';
import { verifyAccessAssertion } from '../../auth/cloudflare-access/verify-assertion';
import { sessionAccess } from '../../auth/sessions';
import { findMemberByEmail, type MemberSummary } from '../../db/members';
import { grantOrgScope } from '../../db/org-scope';
import type { AppEnv } from '../app-env';
import { isApiPath } from '../error-handler';
import { ProblemError } from '../problems';
import type { Authenticator } from './auth';
import { readSessionToken } from './auth-cookies';
import { beginSession } from './auth-session';

type Ctx = Context<AppEnv>;

/** The header Cloudflare Access adds to every request it lets through. */
export const ACCESS_JWT_HEADER = 'Cf-Access-Jwt-Assertion';

const NOT_VERIFIED =
  'Your Cloudflare Access sign-in could not be verified. Open the site again to sign in anew.';
const NO_MEMBER =
  'Your Cloudflare Access identity has no account here. Ask an owner of your organisation ' +
  'to invite you.';

/** Static assets (the stylesheet, the passkey script) are served without looking at identity. */
function isAsset(path: string): boolean {
  return path.startsWith('/assets/');
}

async function memberWithEmail(c: Ctx, email: string): Promise<MemberSummary | undefined> {
  const found = await findMemberByEmail(c.var.db, email);
  if (!found) return undefined;

  const { passwordHash: _hidden, ...member } = found;
  return member;
}

async function recordFailure(c: Ctx, claimedEmail: string | null, reason: string) {
  const member = claimedEmail ? await memberWithEmail(c, claimedEmail) : undefined;
  if (!member) return;

  const scope = grantOrgScope(c.var.db, member.organisationId);
  const actor = { memberId: member.id, label: member.email };
  const detail = { method: 'cloudflare_access', code: reason };
  await audit(scope, c.var.now(), { action: 'sign_in_failed', actor, detail });
}

/** The member's session: the browser's own when it is theirs, else a new one. */
async function sessionOf(c: Ctx, member: MemberSummary): Promise<MemberAccess> {
  const { db, now } = c.var;
  const token = readSessionToken(c);
  const current = token ? await sessionAccess(db, token, now()) : null;
  if (current?.member.id === member.id) return current;

  const grant = await beginSession(c, member, 'cloudflare_access');
  const access = await sessionAccess(db, grant.token, now());
  if (!access) throw new Error('A session just begun was not found.');
  return access;
}

/**
 * Pages only: the API is authenticated by API keys alone. Without the settings, or without the
 * header, it recognises nothing; a header that does not verify is refused (401) and audited.
 */
export const accessJwtAuthenticator: Authenticator = async (c) => {
  const settings = readAccessSettings(c.env);
  if (!settings || isApiPath(c.req.path) || isAsset(c.req.path)) return null;
  const token = c.req.header(ACCESS_JWT_HEADER);
  if (token === undefined) return null;

  const deps = { fetcher: c.var.fetcher, now: c.var.now() };
  const verified = await verifyAccessAssertion(token, settings, deps);
  if (!verified.ok) {
    await recordFailure(c, verified.claimedEmail, verified.reason);
    throw new ProblemError('unauthenticated', NOT_VERIFIED);
  }

  const member = verified.email ? await memberWithEmail(c, verified.email) : undefined;
  if (!member) throw new ProblemError('forbidden', NO_MEMBER);
  return sessionOf(c, member);
};
