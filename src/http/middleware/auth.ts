// Authentication: each request gets `c.var.access` from the first authenticator that recognises
// it. Pages are authenticated by the session cookie, the API by `Authorization: Bearer pp_…`
// only (so no API call rides on a cookie, and the API needs no CSRF token). More authenticators
// (Cloudflare Access, for one) join the list in `authenticate([...])`.
import type { Context, MiddlewareHandler } from 'hono';
import type { Access } from '../../auth/access';
import { API_KEY_PREFIX, bearerToken } from '../../auth/api-key-format';
import { apiKeyAccessFor } from '../../auth/api-key-auth';
import { sessionAccess } from '../../auth/sessions';
import type { AppEnv } from '../app-env';
import { isApiPath } from '../error-handler';
import { ProblemError } from '../problems';
import { clearSessionCookie, readSessionToken } from './auth-cookies';

/**
 * Recognises a request: the access it carries, or null when it carries nothing this
 * authenticator understands. Throws a `ProblemError` for a credential that is present but bad.
 */
export type Authenticator = (c: Context<AppEnv>) => Promise<Access | null>;

/** Pages: the session cookie. A cookie for no live session is cleared and ignored. */
export const sessionAuthenticator: Authenticator = async (c) => {
  if (isApiPath(c.req.path)) return null;
  const token = readSessionToken(c);
  if (!token) return null;

  const access = await sessionAccess(c.var.db, token, c.var.now());
  if (!access) clearSessionCookie(c);
  return access;
};

/** The `WWW-Authenticate` challenge of a refused key (RFC 6750, section 3). */
export const BEARER_CHALLENGE = 'Bearer realm="proofpath", error="invalid_token"';

/**
 * The API: a Bearer API key (`pp_…`). A key that is unknown or revoked is refused with 401. A
 * Bearer token of another shape (the taxonomy's operator token) is left to its own guard.
 */
export const apiKeyAuthenticator: Authenticator = async (c) => {
  if (!isApiPath(c.req.path)) return null;
  const token = bearerToken(c.req.header('authorization'));
  if (token === null || !token.startsWith(API_KEY_PREFIX)) return null;

  const access = await apiKeyAccessFor(c.var.db, token, c.var.now());
  if (access) return access;
  const detail = 'The API key is not valid: it may be mistyped or revoked.';
  throw new ProblemError('unauthenticated', detail, { 'WWW-Authenticate': BEARER_CHALLENGE });
};

/** The authenticators of a default install, in the order they are asked. */
export const DEFAULT_AUTHENTICATORS: readonly Authenticator[] = [
  apiKeyAuthenticator,
  sessionAuthenticator,
];

/** Sets `c.var.access` from the first authenticator that recognises the request, or null. */
export function authenticate(
  authenticators: readonly Authenticator[] = DEFAULT_AUTHENTICATORS,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('access', null);
    for (const authenticator of authenticators) {
      const access = await authenticator(c);
      if (access) {
        c.set('access', access);
        break;
      }
    }

    await next();
  };
}
