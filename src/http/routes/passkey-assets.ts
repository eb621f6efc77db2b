// The passkey ceremony script, and the policy of the pages that load it: the strict CSP plus
// `script-src 'self'` (set by the pages themselves, or by `passkeyScriptPolicy` in front of
// pages rendered elsewhere, such as the sign-in page).
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { PASSKEY_SCRIPT } from '../../pages/auth/passkey-ceremony-script';
import { PASSKEY_SCRIPT_PATH } from '../../pages/auth/passkey-ceremony-form';
import type { AppEnv } from '../app-env';
import { SCRIPT_PAGE_POLICY } from '../middleware/security-headers';

/** Lets this response's page run the site's own scripts. */
export function allowPasskeyScript(c: Context<AppEnv>) {
  c.header('Content-Security-Policy', SCRIPT_PAGE_POLICY);
}

/** For HTML pages rendered by other routes that include the passkey form. */
export function passkeyScriptPolicy(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();

    if (c.res.headers.get('Content-Type')?.startsWith('text/html')) {
      c.res.headers.set('Content-Security-Policy', SCRIPT_PAGE_POLICY);
    }
  };
}

/** The script at `PASSKEY_SCRIPT_PATH`. */
export const passkeyAssetRoutes = new Hono<AppEnv>().get(PASSKEY_SCRIPT_PATH, (c) =>
  c.body(PASSKEY_SCRIPT, 200, {
    'Content-Type': 'text/javascript; charset=utf-8',
    'Cache-Control': 'public, max-age=3600',
  }),
);
