import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { DEMO_MEMBERS, DEMO_PASSWORD, seedDemoOrganisation } from '../../../src/auth/first-run';
import { createGuardedFetcher } from '../../../src/fetch/index';
import { createApp } from '../../../src/http/app';
import { csrfTokenIn } from './support/browser';
import { captureConsole } from './support/logs';
import { countRows, db, testPepper } from './support/organisations';

// Each test file has its own D1, so this one starts with no organisation at all.
const logs = captureConsole();
const LOCAL = 'http://127.0.0.1:8787';
const OWNER = DEMO_MEMBERS[0]?.email ?? '';

/** A fresh app (as after `npm start`) answering with the given Worker variables. */
function startWorker(vars: Record<string, string>) {
  const app = createApp({ fetcher: createGuardedFetcher(), now: () => new Date() });
  return (url: string, init?: RequestInit) => app.request(url, init, { ...env, ...vars });
}

async function signInLocally(request: ReturnType<typeof startWorker>, password: string) {
  const page = await request(`${LOCAL}/sign-in`);
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = new URLSearchParams({
    csrf_token: csrfTokenIn(await page.text()),
    email: OWNER,
    password,
  });

  return request(`${LOCAL}/sign-in`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', origin: LOCAL },
    body,
  });
}

describe('the first-run demo, before anything is seeded', () => {
  it('is not seeded without DEMO_SEED', async () => {
    await startWorker({})(`${LOCAL}/`);

    expect(await countRows('organisations')).toBe(0);
  });

  it('is not seeded for a request to a deployed host, even with DEMO_SEED', async () => {
    await startWorker({ DEMO_SEED: 'true' })('https://proofpath.example/');

    expect(await countRows('organisations')).toBe(0);
  });

  it('is not offered on the sign-in page of a deployed host', async () => {
    const res = await startWorker({ DEMO_SEED: 'true' })('https://proofpath.example/sign-in');

    expect(await res.text()).not.toContain(DEMO_PASSWORD);
  });
});

describe('the first-run demo with DEMO_SEED on a local host', () => {
  it('seeds one organisation with a member of each role on the first request', async () => {
    await startWorker({ DEMO_SEED: 'true' })(`${LOCAL}/`);

    expect(await countRows('organisations')).toBe(1);
    expect(await countRows('members')).toBe(DEMO_MEMBERS.length);
  });

  it('prints the sign-in address, the owner and the demo password in one line', async () => {
    await env.DB.prepare('DELETE FROM organisations').run();

    await startWorker({ DEMO_SEED: 'true' })(`${LOCAL}/`);

    const lines = logs
      .text()
      .split('\n')
      .filter((line) => line.includes(DEMO_PASSWORD));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${LOCAL}/sign-in`);
    expect(lines[0]).toContain(OWNER);
  });

  it('does not seed or print again once an organisation exists', async () => {
    await startWorker({ DEMO_SEED: 'true' })(`${LOCAL}/`);

    expect(logs.text()).not.toContain(DEMO_PASSWORD);
    expect(await countRows('organisations')).toBe(1);
    expect(await seedDemoOrganisation(db, { now: new Date(), pepper: testPepper() })).toBe(false);
  });

  it('lets the demo owner sign in at once with the printed password', async () => {
    const res = await signInLocally(startWorker({ DEMO_SEED: 'true' }), DEMO_PASSWORD);

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/org');
  });

  it('shows the demo account on the local sign-in page', async () => {
    const res = await startWorker({ DEMO_SEED: 'true' })(`${LOCAL}/sign-in`);

    const html = await res.text();
    expect(html).toContain(OWNER);
    expect(html).toContain(DEMO_PASSWORD);
  });
});
