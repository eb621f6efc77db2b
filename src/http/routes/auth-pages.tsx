// Signing in and out: the sign-in page and form, sign-out, sign-out everywhere, and the
// member's account page. Every POST is CSRF-checked; sign-in is rate limited per IP and account.
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { audit } from '../../auth/audit-log';
import { DEMO_MEMBERS, DEMO_PASSWORD } from '../../auth/first-run';
import { checkEmailAndPassword } from '../../auth/password-sign-in';
import { RATE_LIMITS } from '../../auth/rate-limit';
import { readPepper } from '../../auth/settings';
import { normaliseEmail } from '../../db/members';
import { grantOrgScope } from '../../db/org-scope';
import { AccountPage } from '../../pages/auth/account-page';
import { AUTH_WORDS } from '../../pages/auth/messages';
import { SignInPage } from '../../pages/auth/sign-in-page';
import type { AppEnv } from '../app-env';
import { memberOf, requireMember } from '../middleware/auth-guards';
import { clearSessionCookie } from '../middleware/auth-cookies';
import { demoSeedApplies } from '../middleware/auth-demo-seed';
import { beginSession, endAllSessions, endSession } from '../middleware/auth-session';
import { csrfProtection } from '../middleware/csrf';
import { clientIp, enforceRateLimit } from '../middleware/rate-limit';
import { formBodyLimit, formTokenFor, localPath, postedForm } from './auth-form';
import { viewerOf } from './org-viewer';

type Ctx = Context<AppEnv>;

const HOME_AFTER_SIGN_IN = '/org';

/** The demo owner's sign-in, shown on the local sign-in page when the first-run seed applies. */
export function demoAccount(c: Ctx) {
  const owner = DEMO_MEMBERS[0];
  if (!owner || !demoSeedApplies(c.env, c.req.url)) return undefined;

  return { email: owner.email, password: DEMO_PASSWORD };
}

function signInForm(
  c: Ctx,
  status: 200 | 400 | 401,
  values: { next?: string; email?: string; error?: string },
) {
  c.header('Cache-Control', 'no-store');
  const page = <SignInPage csrfToken={formTokenFor(c)} demo={demoAccount(c)} {...values} />;

  return c.html(page, status);
}

function showSignIn(c: Ctx) {
  const next = localPath(c.req.query('next'));
  if (c.var.access?.kind === 'member') return c.redirect(next ?? HOME_AFTER_SIGN_IN, 303);

  return signInForm(c, 200, next ? { next } : {});
}

async function recordFailure(
  c: Ctx,
  member: { id: string; organisationId: string; email: string },
) {
  const scope = grantOrgScope(c.var.db, member.organisationId);

  await audit(scope, c.var.now(), {
    action: 'sign_in_failed',
    actor: { memberId: member.id, label: member.email },
  });
}

async function submitSignIn(c: Ctx) {
  await enforceRateLimit(c, RATE_LIMITS.signInPerIp, clientIp(c));
  const form = await postedForm(c);
  const email = form.text('email').trim();
  const password = form.text('password');
  const next = localPath(form.text('next'));
  const values = { ...(next ? { next } : {}), email };
  if (email === '' || password === '') {
    return signInForm(c, 400, { ...values, error: 'Enter your email and your password.' });
  }

  await enforceRateLimit(c, RATE_LIMITS.signInPerAccount, normaliseEmail(email));
  const result = await checkEmailAndPassword(c.var.db, email, password, readPepper(c.env));
  if (!result.ok) {
    if (result.member) await recordFailure(c, result.member);
    return signInForm(c, 401, { ...values, error: AUTH_WORDS.signInFailed });
  }

  await beginSession(c, result.member, 'password');
  return c.redirect(next ?? HOME_AFTER_SIGN_IN, 303);
}

/** Signing out when already signed out changes nothing: go home without a CSRF check. */
const signedOutGoesHome: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.var.access?.kind === 'member') return next();

  clearSessionCookie(c);
  return c.redirect('/', 303);
};

async function signOut(c: Ctx) {
  await endSession(c);

  return c.redirect('/', 303);
}

async function signOutEverywhere(c: Ctx) {
  await endAllSessions(c);

  return c.redirect('/sign-in', 303);
}

function showAccount(c: Ctx) {
  const access = memberOf(c);

  return c.html(<AccountPage viewer={viewerOf(access)} />);
}

const protectedForm = [formBodyLimit, csrfProtection()] as const;

/** The sign-in, sign-out and account routes. */
export const authPageRoutes = new Hono<AppEnv>()
  .get('/sign-in', showSignIn)
  .post('/sign-in', ...protectedForm, submitSignIn)
  .post('/sign-out', signedOutGoesHome, ...protectedForm, signOut)
  .post('/sign-out-everywhere', signedOutGoesHome, ...protectedForm, signOutEverywhere)
  .get('/account', requireMember(), showAccount);
