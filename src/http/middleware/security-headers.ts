// Security headers on every response: a strict CSP that allows no inline script or style, HSTS,
// no sniffing, no referrer to other sites, no framing.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';

/** The Content-Security-Policy sent with every response. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * The one other policy a response may choose: the same, plus this site's own scripts and their
 * requests to this origin. Only the pages that run the passkey ceremony script use it.
 */
export const SCRIPT_PAGE_POLICY = [
  CONTENT_SECURITY_POLICY,
  "script-src 'self'",
  "connect-src 'self'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // `same-origin`, not `no-referrer`: no other site learns anything, and the browser's own form
  // POSTs carry a real `Origin` (under `no-referrer` they send `Origin: null`), which the CSRF
  // check compares with this origin.
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Adds the security headers after the handler (and the error mapping) has answered. */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();

    const ownScripts = c.res.headers.get('Content-Security-Policy') === SCRIPT_PAGE_POLICY;
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    if (ownScripts) c.res.headers.set('Content-Security-Policy', SCRIPT_PAGE_POLICY);
  };
}
