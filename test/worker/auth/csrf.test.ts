import { beforeAll, describe, expect, it } from 'vitest';
import { Browser, formBody } from './support/browser';
import { captureConsole } from './support/logs';
import {
  countRows,
  createTestOrganisation,
  PASSWORD,
  signedIn,
  type TestOrganisation,
} from './support/organisations';

captureConsole();
let org: TestOrganisation;
let owner: Browser;
let token: string;

beforeAll(async () => {
  org = await createTestOrganisation('csrf');
  owner = await signedIn(org.owner);
  token = await owner.csrfFrom('/org/members');
});

const invitations = () => countRows('invitations', `email = 'target@csrf.test'`);

function invite(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return owner.post(
    '/org/invitations',
    { email: 'target@csrf.test', role: 'admin', ...fields },
    headers,
  );
}

async function expectRejected(res: Response) {
  expect(res.status).toBe(403);
  expect(await res.text()).toContain('This form could not be accepted');
  expect(await invitations()).toBe(0);
}

describe('a form POST of a signed-in member', () => {
  it('is accepted with the session token from the same origin', async () => {
    const res = await invite({ csrf_token: token, email: 'accepted@csrf.test' });

    expect(res.status).toBe(200);
    expect(await countRows('invitations', `email = 'accepted@csrf.test'`)).toBe(1);
  });

  it('is accepted from a client that sends neither Origin nor Sec-Fetch-Site', async () => {
    const res = await owner.fetch('/org/invitations', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: formBody({ csrf_token: token, email: 'plain@csrf.test', role: 'recruiter' }),
    });

    expect(res.status).toBe(200);
  });
});

describe('CSRF attacks on a signed-in member', () => {
  it('refuses a form without a token', async () => {
    await expectRejected(await invite({}));
  });

  it('refuses a made-up token', async () => {
    await expectRejected(await invite({ csrf_token: 'x'.repeat(43) }));
  });

  it('refuses the token of another session of the same member', async () => {
    const other = await signedIn(org.owner);
    const otherToken = await other.csrfFrom('/org/members');

    await expectRejected(await invite({ csrf_token: otherToken }));
  });

  it('refuses the pre-session form token in place of the session token', async () => {
    const formToken =
      owner.cookies.get('__Host-pp_form') ?? (await new Browser().csrfFrom('/sign-in'));

    await expectRejected(await invite({ csrf_token: formToken }));
  });

  it('refuses the right token sent from another origin', async () => {
    await expectRejected(await invite({ csrf_token: token }, { origin: 'https://evil.example' }));
  });

  it('refuses the right token with Origin: null (a sandboxed or stripped origin)', async () => {
    await expectRejected(await invite({ csrf_token: token }, { origin: 'null' }));
  });

  it('refuses the right token when the browser says the request is cross-site', async () => {
    await expectRejected(await invite({ csrf_token: token }, { 'sec-fetch-site': 'cross-site' }));
  });

  it('refuses a JSON body even when it names the token', async () => {
    const res = await owner.fetch('/org/invitations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: owner.origin },
      body: JSON.stringify({ csrf_token: token, email: 'target@csrf.test', role: 'admin' }),
    });

    await expectRejected(res);
  });

  it('never echoes the submitted token in the refusal', async () => {
    const res = await invite({ csrf_token: token }, { origin: 'https://evil.example' });

    expect(await res.text()).not.toContain(token);
  });
});

describe('login CSRF on the sign-in form', () => {
  it('refuses a sign-in without the form cookie', async () => {
    const attacker = new Browser();
    const csrf_token = await attacker.csrfFrom('/sign-in');
    const victim = new Browser();

    const res = await victim.post('/sign-in', {
      csrf_token,
      email: org.owner.email,
      password: PASSWORD,
    });

    expect(res.status).toBe(403);
    expect(victim.cookies.has('__Host-pp_session')).toBe(false);
  });

  it('refuses a sign-in whose token does not match the form cookie', async () => {
    const browser = new Browser();
    await browser.csrfFrom('/sign-in');

    const res = await browser.post('/sign-in', {
      csrf_token: 'y'.repeat(43),
      email: org.owner.email,
      password: PASSWORD,
    });

    expect(res.status).toBe(403);
  });

  it('refuses a sign-in posted from another site', async () => {
    const browser = new Browser();
    const csrf_token = await browser.csrfFrom('/sign-in');

    const res = await browser.post(
      '/sign-in',
      { csrf_token, email: org.owner.email, password: PASSWORD },
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    );

    expect(res.status).toBe(403);
  });
});
