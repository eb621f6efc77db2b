import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SESSION_LIFETIME_MS } from '../../../src/auth/sessions';
import { Browser } from './support/browser';
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

beforeAll(async () => {
  org = await createTestOrganisation('sessions');
});

afterEach(() => vi.useRealTimers());

async function sessionsOf(memberId: string) {
  return countRows('sessions', `member_id = '${memberId}'`);
}

describe('session fixation', () => {
  it('never turns a session token planted before sign-in into a signed-in session', async () => {
    const victim = new Browser();
    const planted = 'A'.repeat(43);
    victim.cookies.set('__Host-pp_session', planted);
    const csrf_token = await victim.csrfFrom('/sign-in');

    await victim.post('/sign-in', { csrf_token, email: org.owner.email, password: PASSWORD });

    expect(victim.cookies.get('__Host-pp_session')).not.toBe(planted);
    const attacker = new Browser();
    attacker.cookies.set('__Host-pp_session', planted);
    expect((await attacker.get('/org')).status).toBe(303);
  });

  it('ends the session the browser had before signing in again', async () => {
    const browser = await signedIn(org.admin);
    const before = browser.cookies.get('__Host-pp_session') ?? '';
    const csrf_token = await browser.csrfFrom('/account');

    // A second sign-in from the same browser (for example as someone else) rotates the token.
    const form = new Browser();
    form.cookies.set('__Host-pp_session', before);
    form.cookies.set('__Host-pp_form', csrf_token);
    const res = await form.post('/sign-in', {
      csrf_token,
      email: org.admin.email,
      password: PASSWORD,
    });

    expect(res.status).toBe(303);
    expect(form.cookies.get('__Host-pp_session')).not.toBe(before);
    expect((await browser.get('/org')).status).toBe(303);
  });

  it('gives each sign-in a new token and a new CSRF token', async () => {
    const first = await signedIn(org.recruiter);
    const second = await signedIn(org.recruiter);

    expect(first.cookies.get('__Host-pp_session')).not.toBe(
      second.cookies.get('__Host-pp_session'),
    );
    expect(await first.csrfFrom('/account')).not.toBe(await second.csrfFrom('/account'));
  });
});

describe('the stored session', () => {
  it('keeps only a hash of the token, never the token itself', async () => {
    const browser = await signedIn(org.hiringManager);
    const token = browser.cookies.get('__Host-pp_session') ?? '';

    const rows = await env.DB.prepare('SELECT token_hash FROM sessions').all<{
      token_hash: string;
    }>();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rows.results.map((r) => r.token_hash)).not.toContain(token);
    expect(rows.results.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('expires after its lifetime', async () => {
    const browser = await signedIn(org.recruiter);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + SESSION_LIFETIME_MS + 1000);

    const res = await browser.get('/org');

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Forg');
  });

  it('is forgotten by the browser when it no longer works', async () => {
    const browser = new Browser();
    browser.cookies.set('__Host-pp_session', 'B'.repeat(43));

    const res = await browser.get('/account');

    expect(res.status).toBe(303);
    expect(res.headers.getSetCookie().some((l) => /^__Host-pp_session=;.*Max-Age=0/.test(l))).toBe(
      true,
    );
  });
});

describe('signing out', () => {
  it('deletes the session, so its token stops working at once', async () => {
    const browser = await signedIn(org.owner);
    const token = browser.cookies.get('__Host-pp_session') ?? '';

    const res = await browser.submit('/account', '/sign-out');

    expect(res.status).toBe(303);
    expect(browser.cookies.has('__Host-pp_session')).toBe(false);
    const replay = new Browser();
    replay.cookies.set('__Host-pp_session', token);
    expect((await replay.get('/org')).status).toBe(303);
  });

  it('signs out of every browser with "sign out everywhere"', async () => {
    const laptop = await signedIn(org.admin);
    const phone = await signedIn(org.admin);

    const res = await laptop.submit('/account', '/sign-out-everywhere');

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in');
    expect((await phone.get('/org')).status).toBe(303);
    expect(await sessionsOf(org.admin.id)).toBe(0);
  });

  it('ends the sessions of a removed member', async () => {
    const removed = await createTestOrganisation('removal');
    const browser = await signedIn(removed.recruiter);
    const owner = await signedIn(removed.owner);

    await owner.submit('/org/members', `/org/members/${removed.recruiter.id}/remove`);

    expect((await browser.get('/org')).status).toBe(303);
    expect(await sessionsOf(removed.recruiter.id)).toBe(0);
  });

  it('just goes home when the browser was not signed in', async () => {
    const res = await new Browser().post('/sign-out', {});

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
  });
});

describe('cookies on http://127.0.0.1 (wrangler dev)', () => {
  it('are still Secure (Chromium keeps them on loopback) but drop the __Host- prefix', async () => {
    const browser = new Browser('http://127.0.0.1:8787');
    const csrf_token = await browser.csrfFrom('/sign-in');

    const res = await browser.post('/sign-in', {
      csrf_token,
      email: org.owner.email,
      password: PASSWORD,
    });

    const line = res.headers.getSetCookie().find((l) => l.startsWith('pp_session=')) ?? '';
    expect(res.status).toBe(303);
    expect(line).toMatch(/; Secure/);
    expect(line).toMatch(/; HttpOnly/);
    expect((await browser.get('/org')).status).toBe(200);
  });
});
