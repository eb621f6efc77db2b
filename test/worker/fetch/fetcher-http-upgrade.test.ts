import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createGuardedFetcher } from '../../../src/fetch';
import { passThroughTransport, startMockWeb } from './mock-web';

const server = startMockWeb();
const PLAIN = 'http://legacy.example/badge.json';
const SECURE = 'https://legacy.example/badge.json';

function requestedUrls(transport: ReturnType<typeof passThroughTransport>) {
  return transport.mock.calls.map(([request]) => request.url);
}

describe('plain-HTTP links', () => {
  it('are fetched over https first, and not marked insecure when https answers', async () => {
    server.use(http.get(SECURE, () => HttpResponse.json({ id: 'x' })));
    const transport = passThroughTransport();

    const outcome = await createGuardedFetcher({ transport }).fetch(PLAIN, { kind: 'json' });

    expect(outcome.ok && outcome.document).toMatchObject({
      url: PLAIN,
      finalUrl: SECURE,
      insecure: false,
    });
    expect(requestedUrls(transport)).toEqual([SECURE]);
  });

  it('fall back to http, marked insecure, when https does not answer', async () => {
    server.use(
      http.get(SECURE, () => HttpResponse.error()),
      http.get(PLAIN, () => HttpResponse.json({ id: 'x' })),
    );
    const transport = passThroughTransport();

    const outcome = await createGuardedFetcher({ transport }).fetch(PLAIN, { kind: 'json' });

    expect(outcome.ok && outcome.document).toMatchObject({ finalUrl: PLAIN, insecure: true });
    expect(requestedUrls(transport)).toEqual([SECURE, PLAIN]);
  });

  it('do not fall back when https answers with an error status', async () => {
    server.use(http.get(SECURE, () => new HttpResponse(null, { status: 404 })));
    const transport = passThroughTransport();

    const outcome = await createGuardedFetcher({ transport }).fetch(PLAIN, { kind: 'json' });

    expect(!outcome.ok && outcome.error).toMatchObject({ code: 'http_error', status: 404 });
    expect(requestedUrls(transport)).toEqual([SECURE]);
  });

  it('stay insecure when the http answer redirects to https', async () => {
    // The first https request fails to force the fallback; the one after the redirect answers.
    let secureCalls = 0;
    server.use(
      http.get(SECURE, () => {
        secureCalls += 1;
        return secureCalls === 1 ? HttpResponse.error() : HttpResponse.json({ id: 'x' });
      }),
      http.get(PLAIN, () => new HttpResponse(null, { status: 301, headers: { location: SECURE } })),
    );

    const outcome = await createGuardedFetcher().fetch(PLAIN, { kind: 'json' });

    expect(outcome.ok && outcome.document).toMatchObject({ finalUrl: SECURE, insecure: true });
  });

  it('are reported unreachable when neither https nor http answers', async () => {
    server.use(
      http.get(SECURE, () => HttpResponse.error()),
      http.get(PLAIN, () => HttpResponse.error()),
    );

    const outcome = await createGuardedFetcher().fetch(PLAIN, { kind: 'json' });

    expect(!outcome.ok && outcome.error.code).toBe('unreachable');
  });

  it('keep an explicit port when upgraded', async () => {
    server.use(http.get('https://legacy.example:8443/badge.json', () => HttpResponse.json({})));
    const transport = passThroughTransport();

    const outcome = await createGuardedFetcher({ transport }).fetch(
      'http://legacy.example:8443/badge.json',
      { kind: 'json' },
    );

    expect(outcome.ok).toBe(true);
    expect(requestedUrls(transport)).toEqual(['https://legacy.example:8443/badge.json']);
  });
});
