import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { RATE_LIMITS } from '../../../src/auth/rate-limit';
import type { AppEnv } from '../../../src/http/app-env';
import { handleError } from '../../../src/http/error-handler';
import { limitSearch } from '../../../src/http/middleware/rate-limit';
import { Browser } from './support/browser';
import { captureConsole } from './support/logs';
import {
  createTestOrganisation,
  db,
  PASSWORD,
  type TestOrganisation,
} from './support/organisations';

captureConsole();
const NOW = new Date('2026-11-01T09:31:00.000Z');
let org: TestOrganisation;

beforeAll(async () => {
  org = await createTestOrganisation('limits');
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

async function attempt(email: string, password: string, ip: string) {
  const browser = new Browser();
  const csrf_token = await browser.csrfFrom('/sign-in');
  return browser.post('/sign-in', { csrf_token, email, password }, { 'cf-connecting-ip': ip });
}

function verify(ip: string, headers: Record<string, string> = {}) {
  return new Browser().fetch('/api/v1/verifications', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip, ...headers },
    body: '{}',
  });
}

describe('a brute-force run on one account', () => {
  it('is stopped with 429 and Retry-After, from any address, even with the password', async () => {
    const { limit } = RATE_LIMITS.signInPerAccount;
    for (let i = 0; i < limit; i++) {
      expect((await attempt(org.owner.email, `guess ${i}`, `198.51.100.${i}`)).status).toBe(401);
    }

    const res = await attempt(org.owner.email, PASSWORD, '198.51.100.250');

    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('840');
    expect(await res.text()).toContain('Too many requests');
  });

  it('can sign in again once the window has passed', async () => {
    vi.setSystemTime(new Date(NOW.getTime() + RATE_LIMITS.signInPerAccount.windowSeconds * 1000));

    const res = await attempt(org.owner.email, PASSWORD, '198.51.100.251');

    expect(res.status).toBe(303);
  });
});

describe('a brute-force run from one address', () => {
  it('is stopped with 429 after the per-IP allowance, whatever the accounts tried', async () => {
    const { limit } = RATE_LIMITS.signInPerIp;
    for (let i = 0; i < limit; i++) {
      expect((await attempt(`someone${i}@limits.test`, 'guess', '203.0.113.9')).status).toBe(401);
    }

    const res = await attempt(org.admin.email, PASSWORD, '203.0.113.9');

    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('leaves other addresses alone', async () => {
    const res = await attempt(org.admin.email, PASSWORD, '203.0.113.10');

    expect(res.status).toBe(303);
  });

  it('keeps only hashes of addresses and accounts in the database', async () => {
    await attempt(org.recruiter.email, 'guess', '192.0.2.77');

    const rows = await env.DB.prepare('SELECT key FROM rate_limit_windows').all<{ key: string }>();
    const keys = rows.results.map((row) => row.key).join(' ');
    expect(keys).not.toContain('192.0.2.77');
    expect(keys).not.toContain(org.recruiter.email);
  });
});

describe('the open verification API', () => {
  it('answers 429 problem+json with Retry-After past the per-IP allowance', async () => {
    for (let i = 0; i < RATE_LIMITS.verificationPerIp.limit; i++) {
      expect((await verify('192.0.2.1')).status).toBe(400);
    }

    const res = await verify('192.0.2.1');

    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('retry-after')).toBe('60');
    expect(await res.json()).toMatchObject({ status: 429, code: 'rate_limited' });
  });

  it('counts each address apart', async () => {
    expect((await verify('192.0.2.2')).status).toBe(400);
  });
});

describe('the search limiter', () => {
  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('db', db);
      c.set('now', () => new Date());
      c.set('access', null);
      await next();
    })
    .use(limitSearch())
    .get('/search', (c) => c.text('results'))
    .onError(handleError);

  it('answers 429 past the per-IP allowance', async () => {
    const search = () => app.request('/search', { headers: { 'cf-connecting-ip': '192.0.2.3' } });
    for (let i = 0; i < RATE_LIMITS.searchPerIp.limit; i++)
      expect((await search()).status).toBe(200);

    const res = await search();

    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
  });
});
