// Invitation links (`/join?token=…`): GET shows who invites and a form; POST sets the invitee's
// name and password, creates the member and signs them in. An unknown, used, expired or withdrawn
// link is a 404. The token rides in the query (GET) and a form field (POST), never in the path,
// because the request log records paths.
import { type Context, Hono } from 'hono';
import { accept, JOIN_PATH, openInvitation } from '../../auth/invitations';
import { RATE_LIMITS } from '../../auth/rate-limit';
import { readPepper } from '../../auth/settings';
import type { LiveInvitation } from '../../db/invitations';
import { findMemberById } from '../../db/members';
import { AcceptInvitationPage } from '../../pages/auth/accept-invitation-page';
import { AUTH_WORDS } from '../../pages/auth/messages';
import type { AppEnv } from '../app-env';
import { beginSession } from '../middleware/auth-session';
import { csrfProtection } from '../middleware/csrf';
import { clientIp, enforceRateLimit } from '../middleware/rate-limit';
import { ProblemError } from '../problems';
import { formBodyLimit, formTokenFor, postedForm } from './auth-form';

type Ctx = Context<AppEnv>;

async function liveInvitation(
  c: Ctx,
  token: string,
): Promise<{ token: string; invitation: LiveInvitation }> {
  const invitation = await openInvitation(c.var.db, token, c.var.now());
  if (!invitation) throw new ProblemError('not_found', AUTH_WORDS.invitationGoneText);

  return { token, invitation };
}

function invitationForm(
  c: Ctx,
  token: string,
  invitation: LiveInvitation,
  refusal?: { status: 400 | 409; error: string; name: string },
) {
  c.header('Cache-Control', 'no-store');
  const page = (
    <AcceptInvitationPage
      csrfToken={formTokenFor(c)}
      action={JOIN_PATH}
      token={token}
      organisationName={invitation.organisationName}
      email={invitation.email}
      role={invitation.role}
      {...(refusal ? { error: refusal.error, name: refusal.name } : {})}
    />
  );
  return c.html(page, refusal?.status ?? 200);
}

async function showInvitation(c: Ctx) {
  const { token, invitation } = await liveInvitation(c, c.req.query('token') ?? '');

  return invitationForm(c, token, invitation);
}

async function acceptInvitation(c: Ctx) {
  await enforceRateLimit(c, RATE_LIMITS.invitationPerIp, clientIp(c));
  const form = await postedForm(c);
  const { token, invitation } = await liveInvitation(c, form.text('token'));
  const input = {
    name: form.text('name'),
    password: form.text('password'),
    confirmation: form.text('confirmation'),
  };

  const deps = { now: c.var.now(), pepper: readPepper(c.env) };
  const outcome = await accept(c.var.db, invitation, input, deps);
  if (!outcome.ok) {
    if (outcome.code !== 'input_invalid' && outcome.code !== 'conflict') {
      throw new ProblemError('not_found', AUTH_WORDS.invitationGoneText);
    }
    const status = outcome.code === 'conflict' ? 409 : 400;
    return invitationForm(c, token, invitation, {
      status,
      error: outcome.message,
      name: input.name,
    });
  }

  const member = await findMemberById(c.var.db, outcome.value);
  if (member) await beginSession(c, member, 'invitation');
  return c.redirect('/org', 303);
}

/** The invitation link routes. */
export const invitationRoutes = new Hono<AppEnv>()
  .get(JOIN_PATH, showInvitation)
  .post(JOIN_PATH, formBodyLimit, csrfProtection(), acceptInvitation);
