// Guards in front of organisation routes. A page without a member redirects to sign-in; the API
// without a key answers 401; a member or key without the permission answers 403. Guards run
// before any id in the URL is looked at, so their answer never depends on another
// organisation's data.
import type { Context, MiddlewareHandler } from 'hono';
import { type Access, can, type MemberAccess } from '../../auth/access';
import type { Outcome } from '../../auth/outcome';
import type { Permission } from '../../auth/permissions';
import type { AppEnv } from '../app-env';
import { isApiPath } from '../error-handler';
import { ProblemError } from '../problems';
import { BEARER_CHALLENGE } from './auth';

type Ctx = Context<AppEnv>;

/** Where a signed-out visitor is sent, with the page to come back to after signing in. */
export function signInPath(c: Ctx): string {
  if (c.req.method !== 'GET') return '/sign-in';

  const url = new URL(c.req.url);
  return `/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`;
}

function refuseSignedOut(c: Ctx): Response {
  if (!isApiPath(c.req.path)) return c.redirect(signInPath(c), 303);

  const challenge = BEARER_CHALLENGE.replace(', error="invalid_token"', '');
  const detail = 'Send an API key: Authorization: Bearer pp_…';
  throw new ProblemError('unauthenticated', detail, { 'WWW-Authenticate': challenge });
}

/** Pages: lets a signed-in member through (answers are never cached); others go to sign-in. */
export function requireMember(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.var.access?.kind !== 'member') return refuseSignedOut(c);

    await next();
    c.header('Cache-Control', 'no-store');
  };
}

/** Lets through any authenticated access (a member or a key); others go to sign-in or 401. */
export function requireAccess(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.var.access) return refuseSignedOut(c);

    await next();
  };
}

/** Lets through an access holding `permission`; signed out → sign-in or 401, else 403. */
export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.var.access) return refuseSignedOut(c);
    if (!can(c.var.access, permission)) {
      throw new ProblemError('forbidden', 'Your role or key does not allow this.');
    }

    await next();
  };
}

/** The signed-in member of a page behind `requireMember`. */
export function memberOf(c: Ctx): MemberAccess {
  const access = c.var.access;
  if (access?.kind !== 'member') throw new ProblemError('unauthenticated', 'Sign in first.');

  return access;
}

/** The access of an API route behind `requirePermission`. */
export function accessOf(c: Ctx): Access {
  const access = c.var.access;
  if (!access) throw new ProblemError('unauthenticated', 'Send an API key.');

  return access;
}

/** The value of a successful outcome; a refusal becomes the problem of the same code. */
export function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new ProblemError(outcome.code, outcome.message);

  return outcome.value;
}
