import { beforeAll, describe, expect, it } from 'vitest';
import { createKeyVia, withKey } from './support/api-keys';
import { Browser, csrfTokenIn } from './support/browser';
import { captureConsole } from './support/logs';
import {
  createTestOrganisation,
  PASSWORD,
  signedIn,
  type TestOrganisation,
} from './support/organisations';

// Passwords, session tokens, invitation tokens and API keys never reach a log line, and never
// come back in a response body (a key: only in the one answer that creates it).
const logs = captureConsole();
let org: TestOrganisation;

beforeAll(async () => {
  org = await createTestOrganisation('secrets');
});

function expectNowhere(secret: string, ...bodies: string[]) {
  expect(logs.text(), 'the request log was captured').toContain('"event":"request"');
  expect(logs.text()).not.toContain(secret);
  for (const body of bodies) expect(body).not.toContain(secret);
}

describe('passwords', () => {
  it('are in no log line and no answer after a successful sign-in', async () => {
    const browser = new Browser();
    const csrf_token = await browser.csrfFrom('/sign-in');

    const res = await browser.post('/sign-in', {
      csrf_token,
      email: org.owner.email,
      password: PASSWORD,
    });
    const next = await browser.get('/org');

    expect(res.status).toBe(303);
    expectNowhere(PASSWORD, await res.text(), await next.text());
  });

  it('are in no log line and no answer after a failed sign-in', async () => {
    const wrong = 'a mistyped secret phrase';
    const browser = new Browser();
    const csrf_token = await browser.csrfFrom('/sign-in');

    const res = await browser.post('/sign-in', {
      csrf_token,
      email: org.owner.email,
      password: wrong,
    });

    expect(res.status).toBe(401);
    expectNowhere(wrong, await res.text());
  });

  it('and emails are in no log line either', async () => {
    await signedIn(org.admin);

    expect(logs.text()).not.toContain(org.admin.email);
  });

  it('set through an invitation are in no log line and no answer', async () => {
    const owner = await signedIn(org.owner);
    const created = await owner.submit('/org/members', '/org/invitations', {
      email: 'new@secrets.test',
      role: 'recruiter',
    });
    const link = /value="https:\/\/proofpath\.test(\/join\?token=([A-Za-z0-9_-]{43}))"/.exec(
      await created.text(),
    );
    const invitee = new Browser();
    const page = await (await invitee.get(link?.[1] ?? '')).text();
    const chosen = 'the invitee chose this passphrase';

    const res = await invitee.post('/join', {
      csrf_token: csrfTokenIn(page),
      token: link?.[2] ?? '',
      name: 'New Person',
      password: chosen,
      confirmation: chosen,
    });

    expect(res.status).toBe(303);
    expectNowhere(chosen, await res.text(), await (await invitee.get('/org')).text());
    expectNowhere(link?.[2] ?? 'missing');
  });
});

describe('session tokens', () => {
  it('travel only in the Set-Cookie header: never in a body or a log line', async () => {
    const browser = await signedIn(org.recruiter);
    const token = browser.cookies.get('__Host-pp_session') ?? 'missing';

    const pages = await Promise.all(
      ['/org', '/org/members', '/account'].map((p) => browser.get(p)),
    );

    expectNowhere(token, ...(await Promise.all(pages.map((p) => p.text()))));
  });
});

describe('API keys', () => {
  it('appear in the answer that creates them and nowhere else', async () => {
    const owner = await signedIn(org.owner);
    const key = await createKeyVia(owner, 'Logged?', ['members:read']);

    const used = await withKey(new Browser(), '/api/v1/members', key);
    const listed = await owner.get('/org/api-keys');
    const audit = await owner.get('/org/audit');

    expect(used.status).toBe(200);
    expectNowhere(key, await used.text(), await listed.text(), await audit.text());
  });

  it('are not echoed back when refused', async () => {
    const unknown = `pp_${'Q'.repeat(43)}`;

    const res = await withKey(new Browser(), '/api/v1/organisation', unknown);

    expect(res.status).toBe(401);
    expectNowhere(unknown, await res.text(), JSON.stringify([...res.headers]));
  });
});
