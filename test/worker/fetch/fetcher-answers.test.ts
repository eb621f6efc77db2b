import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createGuardedFetcher } from '../../../src/fetch';
import { startMockWeb, text } from './mock-web';

const server = startMockWeb();
const ISSUER = 'https://issuer.example/issuer.json';

describe('a successful answer', () => {
  it('returns the document with its bytes, type and URLs', async () => {
    server.use(http.get(ISSUER, () => HttpResponse.json({ id: 'did:web:issuer.example' })));

    const outcome = await createGuardedFetcher().fetch(ISSUER, { kind: 'json' });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.document).toMatchObject({
      url: ISSUER,
      finalUrl: ISSUER,
      status: 200,
      contentType: 'application/json',
      insecure: false,
      fromCache: false,
    });
    expect(JSON.parse(text(outcome.document.body))).toEqual({ id: 'did:web:issuer.example' });
  });

  it('sends an Accept header for the kind asked for', async () => {
    let accept: string | null = null;
    server.use(
      http.get(ISSUER, ({ request }) => {
        accept = request.headers.get('accept');
        return new HttpResponse('eyJ', { headers: { 'content-type': 'application/vc+jwt' } });
      }),
    );

    const outcome = await createGuardedFetcher().fetch(ISSUER, { kind: 'jwt' });

    expect(outcome.ok).toBe(true);
    expect(accept).toMatch(/^application\/vc\+jwt/);
  });

  it('accepts JSON served as text/plain', async () => {
    const body = '{"id":"x"}';
    server.use(http.get(ISSUER, () => HttpResponse.text(body)));

    const outcome = await createGuardedFetcher().fetch(ISSUER, { kind: 'json' });

    expect(outcome.ok && outcome.document.contentType).toBe('text/plain');
  });
});

describe('answers the guard refuses', () => {
  it('refuses a content type the kind does not accept, without quoting the body', async () => {
    server.use(http.get(ISSUER, () => HttpResponse.html('<p>secret page</p>', { status: 200 })));

    const outcome = await createGuardedFetcher().fetch(ISSUER, { kind: 'json' });

    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'content_type',
        message: 'The server sent “text/html” where a JSON document was expected.',
      },
    });
  });

  it('refuses an answer without a content type', async () => {
    server.use(http.get(ISSUER, () => new HttpResponse(new Uint8Array([123, 125]))));

    const outcome = await createGuardedFetcher().fetch(ISSUER, { kind: 'json' });

    expect(!outcome.ok && outcome.error.code).toBe('content_type');
  });

  it('reports a 404 as http_error with its status', async () => {
    server.use(http.get(ISSUER, () => new HttpResponse('no such badge', { status: 404 })));

    const outcome = await createGuardedFetcher().fetch(ISSUER, { kind: 'json' });

    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'http_error',
        status: 404,
        message: 'The document was not found at issuer.example (HTTP 404).',
      },
    });
  });

  it('reports a 410 as http_error with its status', async () => {
    server.use(http.get(ISSUER, () => new HttpResponse(null, { status: 410 })));

    const outcome = await createGuardedFetcher().fetch(ISSUER, { kind: 'json' });

    expect(!outcome.ok && outcome.error).toMatchObject({ code: 'http_error', status: 410 });
    expect(!outcome.ok && outcome.error.message).toMatch(/removed/);
  });

  it('reports a server error without its body', async () => {
    server.use(http.get(ISSUER, () => new HttpResponse('stack trace: secret', { status: 500 })));

    const outcome = await createGuardedFetcher().fetch(ISSUER, { kind: 'json' });

    expect(!outcome.ok && outcome.error).toEqual({
      code: 'http_error',
      status: 500,
      message: 'The server at issuer.example answered with HTTP 500.',
    });
  });

  it('reports a network failure as unreachable', async () => {
    server.use(http.get(ISSUER, () => HttpResponse.error()));

    const outcome = await createGuardedFetcher().fetch(ISSUER, { kind: 'json' });

    expect(!outcome.ok && outcome.error).toEqual({
      code: 'unreachable',
      message: 'The server at issuer.example could not be reached.',
    });
  });

  it('never throws, even when the transport throws synchronously', async () => {
    const transport = () => {
      throw new Error('boom');
    };

    const outcome = await createGuardedFetcher({ transport }).fetch(ISSUER, { kind: 'json' });

    expect(!outcome.ok && outcome.error.code).toBe('unreachable');
  });
});
