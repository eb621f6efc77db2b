// Cloudflare Access for the tests: a team whose key set MSW serves, tokens signed with jose as
// Access signs them, and a Worker started with (or without) the Access variables at a frozen time.
import { env } from 'cloudflare:workers';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { HttpResponse, http } from 'msw';
import type { SetupServer } from 'msw/node';
import { createGuardedFetcher } from '../../../src/fetch/index';
import { createApp } from '../../../src/http/app';
import { ORIGIN } from './support/browser';

export const TEAM_DOMAIN = 'https://proofpath-team.cloudflareaccess.com';
export const CERTS_URL = `${TEAM_DOMAIN}/cdn-cgi/access/certs`;
export const AUD = '4714c1358e65fe4b408ad6d432a5f878f08194bdb4752441fd56faefa9b2b6f2';
export const NOW = new Date('2026-11-20T10:00:00Z');
export const ACCESS_VARS = { ACCESS_TEAM_DOMAIN: TEAM_DOMAIN, ACCESS_AUD: AUD };

/** An RS256 signing key of the team (or of an impostor), with its public JWK. */
export async function signingKey(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateKey, jwk };
}

export type SigningKey = Awaited<ReturnType<typeof signingKey>>;

/** Serves the team's key set; returns a counter of how often it was fetched. */
export function serveTeamKeys(server: SetupServer, keys: SigningKey[]) {
  const hits = { count: 0 };
  server.use(
    http.get(CERTS_URL, () => {
      hits.count++;
      return HttpResponse.json({ keys: keys.map((key) => key.jwk) });
    }),
  );
  return hits;
}

/** A token as Access issues it for `email`, with any claim or header overridden. */
export function accessToken(
  key: SigningKey,
  email: string,
  claims: JWTPayload = {},
  header: Record<string, unknown> = {},
) {
  const seconds = Math.floor(NOW.getTime() / 1000);
  const payload = {
    email,
    type: 'app',
    identity_nonce: 'nonce',
    iss: TEAM_DOMAIN,
    aud: [AUD],
    sub: '7335d417-61da-459d-899c-0a01c76a2f94',
    iat: seconds,
    nbf: seconds,
    exp: seconds + 24 * 3600,
    ...claims,
  };
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, ...header })
    .sign(key.privateKey);
}

/** A Worker with its own fetcher (and so its own key cache), the given variables, at `NOW`. */
export function startWorker(vars: Record<string, string> = ACCESS_VARS) {
  const app = createApp({ fetcher: createGuardedFetcher(), now: () => NOW });

  return (path: string, headers: Record<string, string> = {}) =>
    app.request(`${ORIGIN}${path}`, { headers, redirect: 'manual' }, { ...env, ...vars });
}

/** The session cookie an answer sets, as a `Cookie` header value; null when it sets none. */
export function sessionCookie(res: Response): string | null {
  const line = res.headers.getSetCookie().find((l) => l.startsWith('__Host-pp_session='));
  return line?.split(';')[0] ?? null;
}
