// Shared by the web-layer tests: requests through the real Worker, a frozen clock, row counts.
import { env, exports } from 'cloudflare:workers';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';

export const ORIGIN = 'https://proofpath.test';
export const VERIFICATIONS = `${ORIGIN}/api/v1/verifications`;
export const NOW = new Date('2026-11-01T09:30:00.000Z');
export const VERDICTS = ['valid', 'invalid', 'indeterminate'];

/** Freezes `Date` (only) at `NOW` for every test in the file. */
export function freezeClock(at: Date = NOW) {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at);
  });
  afterEach(() => vi.useRealTimers());
}

/** Sends a request to the Worker under test. */
export function send(url: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(url, init));
}

/** What a browser holds after loading the home page: its form cookie and the form's CSRF token. */
export async function homeForm(): Promise<{ cookie: string; token: string }> {
  const res = await send(`${ORIGIN}/`);
  const cookie = res.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const token = /name="csrf_token" value="([^"]+)"/.exec(await res.text())?.[1];
  if (!token) throw new Error('the home page carries no CSRF token');
  return { cookie, token };
}

/** POSTs the home form as the browser that loaded it would (cookie, token, same origin). */
export async function postHomeForm(
  body: FormData | URLSearchParams | string,
  contentType?: string,
) {
  const { cookie, token } = await homeForm();
  const headers: Record<string, string> = { cookie, origin: ORIGIN };
  if (contentType) headers['content-type'] = contentType;

  return send(`${ORIGIN}/verify`, {
    method: 'POST',
    headers,
    body: withToken(body, token),
    redirect: 'manual',
  });
}

function withToken(body: FormData | URLSearchParams | string, token: string) {
  if (typeof body !== 'string') {
    body.append('csrf_token', token);
    return body;
  }
  if (body.startsWith('--')) {
    const boundary = body.slice(2, body.indexOf('\r\n'));
    const part = `--${boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n${token}\r\n`;
    return part + body;
  }
  return `${body}&csrf_token=${encodeURIComponent(token)}`;
}

/** POSTs a JSON body to the verification API. */
export function postJson(body: unknown, headers: Record<string, string> = {}) {
  const json = typeof body === 'string' ? body : JSON.stringify(body);
  return send(VERIFICATIONS, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: json,
  });
}

/** Rows in a table, to prove a refused request stored nothing. */
export async function countRows(table: 'verifications' | 'idempotency_keys'): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>();
  return row?.n ?? 0;
}

/**
 * Starts an MSW server for this test file. Any request no handler expects is refused, recorded,
 * and fails the test that made it.
 */
export function startMockWeb() {
  const server = setupServer();
  const unhandled: string[] = [];
  server.events.on('request:unhandled', ({ request }) => {
    unhandled.push(`${request.method} ${request.url}`);
  });

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    expect(unhandled.splice(0), 'requests no handler expected').toEqual([]);
  });
  afterAll(() => server.close());
  return server;
}
