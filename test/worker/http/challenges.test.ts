// POST /api/v1/challenges: a one-time nonce of at least 128 random bits, for this portal's own
// host, valid ten minutes, stored in D1 and removed by the daily cleanup once expired.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { deleteExpired } from '../../../src/db/cleanup';
import { createDb } from '../../../src/db/client';
import { freezeClock, NOW, ORIGIN, send } from './support';

freezeClock();

const CHALLENGES = `${ORIGIN}/api/v1/challenges`;
const TEN_MINUTES = 10 * 60 * 1000;

interface IssuedChallenge {
  challenge: string;
  domain: string;
  expiresAt: string;
}

async function issue(): Promise<IssuedChallenge> {
  const res = await send(CHALLENGES, { method: 'POST' });
  expect(res.status).toBe(201);
  return (await res.json()) as IssuedChallenge;
}

function storedRow(challenge: string) {
  return env.DB.prepare('SELECT * FROM challenges WHERE challenge = ?')
    .bind(challenge)
    .first<Record<string, unknown>>();
}

describe('POST /api/v1/challenges', () => {
  it('answers 201 with the nonce, the portal’s host as domain, and the expiry', async () => {
    const res = await send(CHALLENGES, { method: 'POST' });

    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      domain: 'proofpath.test',
      expiresAt: new Date(NOW.getTime() + TEN_MINUTES).toISOString(),
    });
  });

  it('issues a different nonce every time', async () => {
    const nonces = await Promise.all([issue(), issue(), issue()]);

    expect(new Set(nonces.map((n) => n.challenge)).size).toBe(3);
  });

  it('takes the domain from the request URL, port included', async () => {
    const res = await send('http://localhost:8787/api/v1/challenges', { method: 'POST' });

    expect(((await res.json()) as IssuedChallenge).domain).toBe('localhost:8787');
  });

  it('stores the nonce unused', async () => {
    const { challenge } = await issue();

    expect(await storedRow(challenge)).toEqual({
      challenge,
      domain: 'proofpath.test',
      created_at: NOW.getTime(),
      expires_at: NOW.getTime() + TEN_MINUTES,
      used_at: null,
    });
  });

  it('refuses other methods with 405 and Allow: POST', async () => {
    const res = await send(CHALLENGES);

    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(((await res.json()) as { code: string }).code).toBe('method_not_allowed');
  });
});

describe('cleanup of challenges', () => {
  it('deletes expired challenges and keeps live ones', async () => {
    const { challenge } = await issue();

    await deleteExpired(createDb(env.DB), new Date(NOW.getTime() + TEN_MINUTES - 1));
    expect(await storedRow(challenge)).not.toBeNull();

    await deleteExpired(createDb(env.DB), new Date(NOW.getTime() + TEN_MINUTES));
    expect(await storedRow(challenge)).toBeNull();
  });
});

describe('the OpenAPI description', () => {
  it('describes POST /api/v1/challenges and the `challenge` field of a verification', async () => {
    const spec = (await (await send(`${ORIGIN}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };

    expect(Object.keys(spec.paths['/api/v1/challenges']?.post?.responses ?? {})).toContain('201');
    expect(spec.components.schemas.VerificationRequest?.properties).toHaveProperty('challenge');
  });
});
