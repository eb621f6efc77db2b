// Starting and ending a browser session. `beginSession` is the one way any sign-in method (a
// password today; a passkey or Cloudflare Access later) turns a verified member into a session.
import type { Context } from 'hono';
import { auditActor } from '../../auth/access';
import { audit } from '../../auth/audit-log';
import { type SessionGrant, signIn } from '../../auth/sessions';
import { deleteMemberSessions, deleteSession } from '../../db/sessions';
import type { MemberSummary } from '../../db/members';
import { grantOrgScope } from '../../db/org-scope';
import type { AppEnv } from '../app-env';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './auth-cookies';

type Ctx = Context<AppEnv>;

/** How the member proved who they are; recorded in the audit log. */
export type SignInMethod = 'password' | 'invitation' | 'passkey' | 'cloudflare_access';

/**
 * Signs a verified member in: a fresh session replaces whatever session the browser presented
 * (session fixation), its cookie is set, and the sign-in is audited. Returns the new session.
 */
export async function beginSession(
  c: Ctx,
  member: MemberSummary,
  method: SignInMethod,
): Promise<SessionGrant> {
  const { db, now } = c.var;
  const grant = await signIn(db, member.id, now(), readSessionToken(c));
  setSessionCookie(c, grant.token, grant.expiresAt);

  const scope = grantOrgScope(db, member.organisationId);
  const actor = { memberId: member.id, label: member.email };
  await audit(scope, now(), { action: 'signed_in', actor, detail: { method } });
  return grant;
}

/** Signs the current browser out: its session is deleted and its cookie cleared. */
export async function endSession(c: Ctx) {
  const access = c.var.access;
  clearSessionCookie(c);
  if (access?.kind !== 'member' || !access.session) return;

  await deleteSession(c.var.db, access.session.tokenHash);
  await audit(access.scope, c.var.now(), { action: 'signed_out', actor: auditActor(access) });
}

/** Signs the member out of every browser, this one included. */
export async function endAllSessions(c: Ctx) {
  const access = c.var.access;
  clearSessionCookie(c);
  if (access?.kind !== 'member') return;

  const ended = await deleteMemberSessions(c.var.db, access.member.id);
  const detail = { sessions: String(ended) };
  await audit(access.scope, c.var.now(), {
    action: 'signed_out_everywhere',
    actor: auditActor(access),
    detail,
  });
}
