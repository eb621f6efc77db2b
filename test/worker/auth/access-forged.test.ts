// Forged `Cf-Access-Jwt-Assertion` headers: each is refused with 401, starts no session, and is
// recorded as a failed sign-in of the member it claims to be.
import { base64url, SignJWT } from 'jose';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accessToken,
  CERTS_URL,
  NOW,
  serveTeamKeys,
  sessionCookie,
  type SigningKey,
  signingKey,
  startWorker,
  TEAM_DOMAIN,
} from './access-support';
import { countRows, createTestOrganisation, type TestOrganisation } from './support/organisations';

const HEADER = 'cf-access-jwt-assertion';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let org: TestOrganisation;
let teamKey: SigningKey;
let impostorKey: SigningKey;

beforeAll(async () => {
  org = await createTestOrganisation('access-forged');
  teamKey = await signingKey('team-key-1');
  impostorKey = await signingKey('team-key-1');
});

function failedSignIns(): Promise<number> {
  const where = `action = 'sign_in_failed' AND actor_member_id = '${org.owner.id}'`;
  return countRows('audit_events', `${where} AND detail LIKE '%cloudflare_access%'`);
}

function segment(value: object): string {
  return base64url.encode(JSON.stringify(value));
}

/** A token with `alg: none`: a header and claims, and an empty signature. */
function unsecuredToken(email: string): string {
  const seconds = Math.floor(NOW.getTime() / 1000);
  const claims = { email, iss: TEAM_DOMAIN, aud: [], iat: seconds, exp: seconds + 3600 };
  return `${segment({ alg: 'none' })}.${segment(claims)}.`;
}

describe('forged Cloudflare Access tokens', () => {
  async function refused(token: string | Promise<string>) {
    serveTeamKeys(server, [teamKey]);
    const before = await failedSignIns();

    const res = await startWorker()('/org', { [HEADER]: await token });

    expect(res.status).toBe(401);
    expect(await res.text()).toContain('could not be verified');
    expect(sessionCookie(res)).toBeNull();
    expect(await failedSignIns()).toBe(before + 1);
  }

  it('accepts the genuine token these cases are forged from', async () => {
    serveTeamKeys(server, [teamKey]);

    const res = await startWorker()('/org', {
      [HEADER]: await accessToken(teamKey, org.owner.email),
    });

    expect(res.status).toBe(200);
  });

  it('refuses a token signed with another key under the team key id', () =>
    refused(accessToken(impostorKey, org.owner.email)));

  it('refuses a token for another application (wrong aud)', () =>
    refused(accessToken(teamKey, org.owner.email, { aud: ['another-application'] })));

  it('refuses a token from another team (wrong iss)', () =>
    refused(accessToken(teamKey, org.owner.email, { iss: 'https://other.cloudflareaccess.com' })));

  it('refuses an expired token', () =>
    refused(accessToken(teamKey, org.owner.email, { exp: Math.floor(NOW.getTime() / 1000) - 60 })));

  it('refuses a token without an expiry', () =>
    refused(accessToken(teamKey, org.owner.email, { exp: undefined })));

  it('refuses alg: none', () => refused(unsecuredToken(org.owner.email)));

  it('refuses HS256 keyed with the team public key (algorithm confusion)', () => {
    const secret = new TextEncoder().encode(JSON.stringify(teamKey.jwk));
    const seconds = Math.floor(NOW.getTime() / 1000);
    const token = new SignJWT({ email: org.owner.email })
      .setProtectedHeader({ alg: 'HS256', kid: teamKey.kid })
      .setIssuer(TEAM_DOMAIN)
      .setIssuedAt(seconds)
      .setExpirationTime(seconds + 3600)
      .sign(secret);

    return refused(token);
  });

  it('refuses a token whose claims were changed after signing', async () => {
    const genuine = await accessToken(teamKey, 'someone@else.test');
    const [header, , signature] = genuine.split('.');
    const seconds = Math.floor(NOW.getTime() / 1000);
    const claims = { email: org.owner.email, iss: TEAM_DOMAIN, iat: seconds, exp: seconds + 60 };

    await refused(`${header}.${segment(claims)}.${signature}`);
  });

  it('refuses what is not a JWT, recording nothing as no member is named', async () => {
    serveTeamKeys(server, [teamKey]);
    const before = await failedSignIns();

    const res = await startWorker()('/org', { [HEADER]: 'not-a-jwt' });

    expect(res.status).toBe(401);
    expect(await failedSignIns()).toBe(before);
  });

  it('answers 500, and signs nobody in, when the team keys cannot be fetched', async () => {
    server.use(http.get(CERTS_URL, () => new HttpResponse(null, { status: 503 })));

    const res = await startWorker()('/org', {
      [HEADER]: await accessToken(teamKey, org.owner.email),
    });

    expect(res.status).toBe(500);
    expect(sessionCookie(res)).toBeNull();
  });
});
