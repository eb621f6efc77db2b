// Storage failing underneath the API: the answer is a plain 500 problem, the log names only the
// error's class. (This file drops the tables; D1 storage is separate for each test file.)
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ORIGIN, postJson, send } from './support';

beforeAll(async () => {
  await env.DB.exec('DROP TABLE idempotency_keys');
  await env.DB.exec('DROP TABLE verifications');
});

afterEach(() => vi.restoreAllMocks());

describe('when the database fails', () => {
  it('answers 500 internal_error as problem+json, without the exception text', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const res = await postJson({ credential: { marker: 'secret-subject-name' } });

    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body).toMatchObject({ code: 'internal_error', status: 500 });
    // The random request id may hold "d1" by chance: look only at what is not the id.
    const withoutId = text.replace(body.requestId, '');
    expect(withoutId).not.toMatch(/D1|SQL|no such table|insert|secret-subject-name|at /i);
  });

  it('logs the error class with the request id, never its message or parameters', async () => {
    const spy = vi.spyOn(console, 'log').mockImplementation(() => {});

    const res = await postJson({ credential: { marker: 'secret-subject-name' } });

    const lines = spy.mock.calls.map((call) => String(call[0]));
    const error = lines.map((line) => JSON.parse(line)).find((line) => line.event === 'error');
    expect(error).toEqual({
      event: 'error',
      requestId: res.headers.get('x-request-id'),
      error: expect.any(String),
    });
    for (const line of lines) expect(line).not.toMatch(/secret-subject-name|no such table/);
  });

  it('shows a readable error page, not a trace, on the pages', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});

    const res = await send(`${ORIGIN}/verifications/AAAAAAAAAAAAAAAAAAAAAA`);

    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('Something went wrong on our side');
    expect(html).not.toMatch(/no such table|D1_ERROR/);
  });
});
