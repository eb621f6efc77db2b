// CSRF protection for every form POST of the pages. A request is accepted only when it comes
// from this origin (`Sec-Fetch-Site`, `Origin`) and carries the right token in the `csrf_token`
// field: the session's own token when signed in, else the pre-session form cookie's token.
import type { Context, MiddlewareHandler } from 'hono';
import { equalStrings } from '../../auth/constant-time';
import { mediaTypeEssence } from '../api-request';
import type { AppEnv } from '../app-env';
import { ProblemError } from '../problems';
import { readFormToken } from './auth-cookies';

type Ctx = Context<AppEnv>;

/** The name of the hidden field every protected form carries. */
export const CSRF_FIELD = 'csrf_token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

const REJECTED =
  'This form could not be accepted: it may have expired, or it was sent from another site. ' +
  'Go back, reload the page and try again.';

function reject(): never {
  throw new ProblemError('csrf_rejected', REJECTED);
}

/** Browsers say where a request came from; anything but this origin is refused. */
function checkSource(c: Ctx) {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') reject();

  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== new URL(c.req.url).origin) reject();
}

/** The token this browser's forms were given. */
export function expectedCsrfToken(c: Ctx): string | null {
  const access = c.var.access;
  if (access?.kind === 'member') return access.session?.csrfToken ?? null;

  return readFormToken(c);
}

async function submittedToken(c: Ctx): Promise<string | null> {
  if (!FORM_TYPES.has(mediaTypeEssence(c.req.header('content-type')))) return null;

  const body = await c.req.parseBody();
  const token = body[CSRF_FIELD];
  return typeof token === 'string' ? token : null;
}

/** Refuses (403 `csrf_rejected`) any unsafe request that fails the source or the token check. */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    checkSource(c);

    const expected = expectedCsrfToken(c);
    const submitted = await submittedToken(c);
    if (!expected || !submitted || !equalStrings(submitted, expected)) reject();

    await next();
  };
}
