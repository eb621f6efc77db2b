// Signing in with a passkey: the options for `navigator.credentials.get()`, then the posted
// assertion. Both are CSRF-checked with the sign-in page's form token, and the challenge is
// bound to that browser. Success starts a session exactly as a password sign-in does.
import { type Context, Hono } from 'hono';
import { finishPasskeySignIn, startPasskeySignIn } from '../../auth/passkeys/passkey-sign-in';
import { relyingPartyFor } from '../../auth/passkeys/relying-party';
import { RATE_LIMITS, type RateLimitPolicy } from '../../auth/rate-limit';
import { PASSKEY_WORDS } from '../../pages/auth/passkey-messages';
import {
  PASSKEY_SIGN_IN_OPTIONS_PATH,
  PASSKEY_SIGN_IN_PATH,
} from '../../pages/auth/passkey-sign-in';
import { SignInPage } from '../../pages/auth/sign-in-page';
import type { AppEnv } from '../app-env';
import { readFormToken } from '../middleware/auth-cookies';
import { beginSession } from '../middleware/auth-session';
import { csrfProtection } from '../middleware/csrf';
import { clientIp, enforceRateLimit } from '../middleware/rate-limit';
import { ProblemError } from '../problems';
import { formBodyLimit, formTokenFor, localPath, postedForm } from './auth-form';
import { allowPasskeyScript } from './passkey-assets';
import { demoAccount } from './auth-pages';

type Ctx = Context<AppEnv>;

/** Challenges cost a row each: a browser gets a few dozen per quarter hour. */
export const PASSKEY_CHALLENGE_LIMIT: RateLimitPolicy = {
  name: 'passkey_challenge_ip',
  limit: 30,
  windowSeconds: 900,
};

const HOME_AFTER_SIGN_IN = '/org';

/** The browser's form token; the CSRF check has already required it, so it is there. */
function formTokenOf(c: Ctx): string {
  const token = readFormToken(c);
  if (!token || c.var.access?.kind === 'member') {
    throw new ProblemError('conflict', 'You are already signed in, or the form has expired.');
  }
  return token;
}

async function options(c: Ctx) {
  await enforceRateLimit(c, PASSKEY_CHALLENGE_LIMIT, clientIp(c));
  const rp = relyingPartyFor(c.req.url);

  const json = await startPasskeySignIn(c.var.db, rp, formTokenOf(c), c.var.now());
  c.header('Cache-Control', 'no-store');
  return c.json(json);
}

function refusedPage(c: Ctx, error: string, status: 400 | 401, next: string | undefined) {
  allowPasskeyScript(c);
  c.header('Cache-Control', 'no-store');
  const page = (
    <SignInPage csrfToken={formTokenFor(c)} demo={demoAccount(c)} next={next} error={error} />
  );
  return c.html(page, status);
}

async function signIn(c: Ctx) {
  await enforceRateLimit(c, RATE_LIMITS.signInPerIp, clientIp(c));
  const form = await postedForm(c);
  const next = localPath(form.text('next'));
  const credential = form.text('credential');
  if (credential === '') return refusedPage(c, PASSKEY_WORDS.needsScript, 400, next);

  const input = { formToken: formTokenOf(c), credential, now: c.var.now() };
  const result = await finishPasskeySignIn(c.var.db, relyingPartyFor(c.req.url), input);
  if (!result.ok) return refusedPage(c, PASSKEY_WORDS.signInFailed, 401, next);

  await beginSession(c, result.member, 'passkey');
  return c.redirect(next ?? HOME_AFTER_SIGN_IN, 303);
}

const protectedForm = [formBodyLimit, csrfProtection()] as const;

/** The passkey sign-in routes. */
export const passkeySignInRoutes = new Hono<AppEnv>()
  .post(PASSKEY_SIGN_IN_OPTIONS_PATH, ...protectedForm, options)
  .post(PASSKEY_SIGN_IN_PATH, ...protectedForm, signIn);
