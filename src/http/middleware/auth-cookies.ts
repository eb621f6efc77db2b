// The cookies of access: the session token and the pre-session form token (CSRF for the sign-in
// and invitation forms). Always HttpOnly, Secure and SameSite=Lax; over https the names carry the
// `__Host-` prefix (no Domain, Path=/). On http://127.0.0.1 (wrangler dev) Chromium keeps Secure
// cookies, as it treats loopback as a secure context, but the prefix is left off there.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isSecretToken, newSecretToken } from '../../auth/tokens';

const SESSION_COOKIE = 'pp_session';
const FORM_COOKIE = 'pp_form';

/** A pre-session form token lasts long enough to fill in a form. */
const FORM_COOKIE_SECONDS = 60 * 60;

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:';
}

/** The cookie's name on this origin: `__Host-` prefixed over https. */
export function cookieName(c: Context, base: string): string {
  return isHttps(c) ? `__Host-${base}` : base;
}

const ATTRIBUTES = { path: '/', secure: true, httpOnly: true, sameSite: 'Lax' } as const;

function readToken(c: Context, base: string): string | null {
  const value = getCookie(c, cookieName(c, base));

  return value !== undefined && isSecretToken(value) ? value : null;
}

/** The session token the browser presented, if it has the right shape. */
export function readSessionToken(c: Context): string | null {
  return readToken(c, SESSION_COOKIE);
}

/** Sets the session cookie, expiring with the session. */
export function setSessionCookie(c: Context, token: string, expiresAt: Date) {
  setCookie(c, cookieName(c, SESSION_COOKIE), token, { ...ATTRIBUTES, expires: expiresAt });
}

/** Tells the browser to forget its session cookie. */
export function clearSessionCookie(c: Context) {
  deleteCookie(c, cookieName(c, SESSION_COOKIE), ATTRIBUTES);
}

/** The pre-session form token the browser presented, if any. */
export function readFormToken(c: Context): string | null {
  return readToken(c, FORM_COOKIE);
}

/** The pre-session form token for a form about to be shown: the browser's, or a new one. */
export function issueFormToken(c: Context): string {
  const token = readFormToken(c) ?? newSecretToken();

  setCookie(c, cookieName(c, FORM_COOKIE), token, { ...ATTRIBUTES, maxAge: FORM_COOKIE_SECONDS });
  return token;
}
