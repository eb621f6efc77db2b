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

    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  };
}
