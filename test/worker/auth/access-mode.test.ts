// Cloudflare Access mode: a verified `Cf-Access-Jwt-Assertion` signs its member in; without the
// settings, on the API, or for an email with no member, it does not.
import { env } from 'cloudflare:workers';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCESS_VARS,
  accessToken,
  serveTeamKeys,
  sessionCookie,
  type SigningKey,
  signingKey,
  startWorker,
} from './access-support';
import { countRows, createTestOrganisation, type TestOrganisation } from './support/organisations';

const HEADER = 'cf-access-jwt-assertion';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let org: TestOrganisation;
let teamKey: SigningKey;

beforeAll(async () => {
  org = await createTestOrganisation('access-mode');
  teamKey = await signingKey('team-key-1');
});

function signedInAudits(memberId: string) {
  const where = `action = 'signed_in' AND actor_member_id = '${memberId}'`;
  return countRows('audit_events', `${where} AND detail LIKE '%cloudflare_access%'`);
}

describe('Cloudflare Access mode', () => {
  it('signs in the member a verified token names, with a session cookie', async () => {
    serveTeamKeys(server, [teamKey]);
    const request = startWorker();

    const res = await request('/org', { [HEADER]: await accessToken(teamKey, org.owner.email) });

    expect(res.status).toBe(200);
    expect(await res.text()).toContain(org.name);
    expect(sessionCookie(res)).not.toBeNull();
  });

  it('records the sign-in with the cloudflare_access method', async () => {
    serveTeamKeys(server, [teamKey]);
    const before = await signedInAudits(org.admin.id);

    await startWorker()('/org', { [HEADER]: await accessToken(teamKey, org.admin.email) });

    expect(await signedInAudits(org.admin.id)).toBe(before + 1);
  });

  it('keeps the session on later requests instead of starting new ones', async () => {
    serveTeamKeys(server, [teamKey]);
    const request = startWorker();
    const token = await accessToken(teamKey, org.recruiter.email);
    const first = await request('/org', { [HEADER]: token });
    const before = await signedInAudits(org.recruiter.id);

    const again = await request('/org', { [HEADER]: token, cookie: sessionCookie(first) ?? '' });

    expect(again.status).toBe(200);
    expect(sessionCookie(again)).toBeNull();
    expect(await signedInAudits(org.recruiter.id)).toBe(before);
  });

  it('gives forms on the first page the new session CSRF token', async () => {
    serveTeamKeys(server, [teamKey]);
    const request = startWorker();
    const token = await accessToken(teamKey, org.owner.email);
    const first = await request('/account', { [HEADER]: token });
    const csrf = /name="csrf_token" value="([^"]+)"/.exec(await first.text())?.[1];

    const row = await env.DB.prepare('SELECT count(*) AS n FROM sessions WHERE csrf_token = ?')
      .bind(csrf ?? '')
      .first<{ n: number }>();
    expect(row?.n).toBe(1);
  });

  it("replaces a browser's session of another member with the token's member", async () => {
    serveTeamKeys(server, [teamKey]);
    const request = startWorker();
    const owner = await request('/org', { [HEADER]: await accessToken(teamKey, org.owner.email) });

    const res = await request('/account', {
      [HEADER]: await accessToken(teamKey, org.hiringManager.email),
      cookie: sessionCookie(owner) ?? '',
    });

    expect(await res.text()).toContain(org.hiringManager.email);
    expect(sessionCookie(res)).not.toBe(sessionCookie(owner));
  });

  it('matches the email whatever its case', async () => {
    serveTeamKeys(server, [teamKey]);
    const token = await accessToken(teamKey, org.owner.email.toUpperCase());

    const res = await startWorker()('/org', { [HEADER]: token });

    expect(res.status).toBe(200);
  });

  it('answers 403 to an identity with no member, and creates nobody', async () => {
    serveTeamKeys(server, [teamKey]);
    const members = await countRows('members');

    const res = await startWorker()('/org', {
      [HEADER]: await accessToken(teamKey, 'stranger@elsewhere.test'),
    });

    expect(res.status).toBe(403);
    expect(await res.text()).toContain('has no account here');
    expect(sessionCookie(res)).toBeNull();
    expect(await countRows('members')).toBe(members);
  });

  it('answers 403 to a verified token without an email (a service token)', async () => {
    serveTeamKeys(server, [teamKey]);
    const token = await accessToken(teamKey, '', { email: undefined, common_name: 'ci.access' });

    const res = await startWorker()('/org', { [HEADER]: token });

    expect(res.status).toBe(403);
  });

  it('fetches the team keys once and reuses them', async () => {
    const hits = serveTeamKeys(server, [teamKey]);
    const request = startWorker();

    await request('/org', { [HEADER]: await accessToken(teamKey, org.owner.email) });
    await request('/org', { [HEADER]: await accessToken(teamKey, org.admin.email) });

    expect(hits.count).toBe(1);
  });

  it('serves the stylesheet without looking at the header', async () => {
    const res = await startWorker()('/assets/style.css', { [HEADER]: 'not a token' });

    expect(res.status).toBe(200);
  });
});

describe('without Cloudflare Access mode', () => {
  it('ignores the header when the variables are not set', async () => {
    const token = await accessToken(teamKey, org.owner.email);

    const res = await startWorker({})('/org', { [HEADER]: token });

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Forg');
  });

  it('ignores the header on the API, which takes API keys only', async () => {
    const token = await accessToken(teamKey, org.owner.email);

    const res = await startWorker()('/api/v1/organisation', { [HEADER]: token });

    expect(res.status).toBe(401);
  });

  it('refuses to run with only one of the two variables', async () => {
    const res = await startWorker({ ACCESS_TEAM_DOMAIN: ACCESS_VARS.ACCESS_TEAM_DOMAIN })('/');

    expect(res.status).toBe(500);
  });

  it('refuses a team domain that is not an https origin', async () => {
    const vars = { ...ACCESS_VARS, ACCESS_TEAM_DOMAIN: 'http://team.cloudflareaccess.com' };

    expect((await startWorker(vars)('/')).status).toBe(500);
  });
});
