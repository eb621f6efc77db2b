// The candidate identity given with a verification, through the API and the home form.
import { exports } from 'cloudflare:workers';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeForNobody } from '../support/recipient-badge';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const ORIGIN = 'http://portal.test';

async function postJson(body: unknown) {
  return exports.default.fetch(`${ORIGIN}/api/v1/verifications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function recipientStatus(body: { checks: Array<{ id: string; status: string }> }) {
  return body.checks.find((c) => c.id === 'recipient')?.status;
}

describe('recipient in POST /api/v1/verifications', () => {
  it('passes when the candidate email matches the hashed recipient', async () => {
    const res = await postJson({
      credential: await badgeForNobody(),
      recipient: 'nobody@example.org',
    });
    const body = await res.json<{
      verdict: string;
      checks: Array<{ id: string; status: string }>;
    }>();

    expect(res.status).toBe(201);
    expect(recipientStatus(body)).toBe('passed');
    expect(body.verdict).toBe('valid');
  });

  it('reports a mismatch as invalid, and never echoes the identity given', async () => {
    const res = await postJson({
      credential: await badgeForNobody(),
      recipient: 'mallory@example.org',
    });
    const text = await res.text();

    expect(JSON.parse(text).verdict).toBe('invalid');
    expect(text).not.toContain('mallory@example.org');
  });

  it('refuses a recipient that is not text', async () => {
    const res = await postJson({ credential: await badgeForNobody(), recipient: { email: 'x' } });

    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'input_invalid' });
  });
});
