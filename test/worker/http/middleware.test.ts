import { afterEach, describe, expect, it, vi } from 'vitest';
import { ORIGIN, postHomeForm, postJson, send } from './support';

const EXPECTED_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; " +
    "frame-ancestors 'none'; base-uri 'none'",
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

afterEach(() => vi.restoreAllMocks());

describe('security headers', () => {
  const answers: Array<[string, () => Promise<Response>]> = [
    ['a page', () => send(`${ORIGIN}/`)],
    ['a JSON answer', () => postJson({ credential: { a: 1 } })],
    ['a problem', () => postJson({})],
    ['a missing page', () => send(`${ORIGIN}/no-such-page`)],
    ['the stylesheet', () => send(`${ORIGIN}/assets/style.css`)],
  ];

  for (const [name, request] of answers) {
    it(`are sent with ${name}`, async () => {
      const res = await request();

      for (const [header, value] of Object.entries(EXPECTED_HEADERS)) {
        expect(res.headers.get(header), header).toBe(value);
      }
    });
  }
});

describe('request id', () => {
  it('echoes a sane incoming X-Request-Id', async () => {
    const res = await send(`${ORIGIN}/`, { headers: { 'x-request-id': 'abc-123_DEF' } });

    expect(res.headers.get('x-request-id')).toBe('abc-123_DEF');
  });

  it('replaces an incoming id with unsafe characters', async () => {
    const res = await send(`${ORIGIN}/`, { headers: { 'x-request-id': 'a"b\\c <x>' } });

    const id = res.headers.get('x-request-id') ?? '';
    expect(id).not.toContain('<');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('makes one when none is sent, and puts it in problem details', async () => {
    const res = await postJson({});

    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await res.json()).toMatchObject({ requestId: id });
  });
});

describe('the request log', () => {
  function logLines(spy: { mock: { calls: unknown[][] } }) {
    return spy.mock.calls.map((call) => String(call[0]));
  }

  it('writes one JSON line per request with id, method, path, status and duration', async () => {
    const spy = vi.spyOn(console, 'log').mockImplementation(() => {});

    const res = await send(`${ORIGIN}/api/v1/verifications?secret=1`, { method: 'GET' });

    const lines = logLines(spy).map((line) => JSON.parse(line));
    expect(lines).toEqual([
      {
        event: 'request',
        requestId: res.headers.get('x-request-id'),
        method: 'GET',
        path: '/api/v1/verifications',
        status: 405,
        durationMs: expect.any(Number),
      },
    ]);
  });

  it('never contains the submitted credential or url', async () => {
    const spy = vi.spyOn(console, 'log').mockImplementation(() => {});
    const marker = 'Jane-Doe-4f1c9b';

    await postJson({ credential: { name: marker, '@context': [marker] } });
    await postJson({ url: `https://127.0.0.1/${marker}` });
    await postHomeForm(new URLSearchParams({ credential: `{"name":"${marker}"}`, url: '' }));

    const lines = logLines(spy);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).not.toContain(marker);
  });
});
