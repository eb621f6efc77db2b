import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createGuardedFetcher } from '../../../src/fetch';
import { frozenClock, startMockWeb } from './mock-web';

const server = startMockWeb();
const DOC = 'https://issuer.example/did.json';

/** Serves DOC with `headers`, counting the requests that reach the server. */
function serve(headers: Record<string, string> = {}, status = 200) {
  const served = { count: 0 };
  server.use(
    http.get(DOC, () => {
      served.count += 1;
      return HttpResponse.json({ n: served.count }, { status, headers });
    }),
  );
  return served;
}

function setup(limits = {}) {
  const clock = frozenClock();
  const fetcher = createGuardedFetcher({ now: clock.now, limits });
  return {
    clock,
    fetch: (url = DOC, maxCacheSeconds?: number) =>
      fetcher.fetch(url, { kind: 'json', maxCacheSeconds }),
  };
}

describe('the response cache', () => {
  it('serves a repeat request within max-age from the cache, marked fromCache', async () => {
    const served = serve({ 'cache-control': 'max-age=60' });
    const { clock, fetch } = setup();
    await fetch();

    clock.ms += 59_000;
    const outcome = await fetch();

    expect(outcome.ok && outcome.document.fromCache).toBe(true);
    expect(served.count).toBe(1);
  });

  it('fetches again once max-age has passed', async () => {
    const served = serve({ 'cache-control': 'max-age=60' });
    const { clock, fetch } = setup();
    await fetch();

    clock.ms += 60_000;
    const outcome = await fetch();

    expect(outcome.ok && outcome.document.fromCache).toBe(false);
    expect(served.count).toBe(2);
  });

  it('never caches an answer marked no-store', async () => {
    const served = serve({ 'cache-control': 'no-store' });
    const { fetch } = setup();
    await fetch();

    const outcome = await fetch();

    expect(outcome.ok && outcome.document.fromCache).toBe(false);
    expect(served.count).toBe(2);
  });

  it('keeps an answer without caching headers for the 5-minute default', async () => {
    const served = serve();
    const { clock, fetch } = setup();
    await fetch();

    clock.ms += 299_000;
    await fetch();
    clock.ms += 1_000;
    await fetch();

    expect(served.count).toBe(2);
  });

  it('honours the caller’s shorter maxCacheSeconds', async () => {
    const served = serve({ 'cache-control': 'max-age=3600' });
    const { clock, fetch } = setup();
    await fetch(DOC, 30);

    clock.ms += 30_000;
    await fetch(DOC, 30);

    expect(served.count).toBe(2);
  });

  it('caps a long max-age at the guard’s one-hour limit', async () => {
    const served = serve({ 'cache-control': 'max-age=86400' });
    const { clock, fetch } = setup();
    await fetch();

    clock.ms += 3_600_000;
    await fetch();

    expect(served.count).toBe(2);
  });

  it('does not cache failures', async () => {
    const served = serve({ 'cache-control': 'max-age=600' }, 503);
    const { fetch } = setup();
    await fetch();

    const outcome = await fetch();

    expect(!outcome.ok && outcome.error.code).toBe('http_error');
    expect(served.count).toBe(2);
  });

  it('keys entries by kind as well as URL', async () => {
    const served = serve({ 'cache-control': 'max-age=600' });
    const clock = frozenClock();
    const fetcher = createGuardedFetcher({ now: clock.now });
    await fetcher.fetch(DOC, { kind: 'json' });

    const outcome = await fetcher.fetch(DOC, { kind: 'credential' });

    expect(outcome.ok && outcome.document.fromCache).toBe(false);
    expect(served.count).toBe(2);
  });

  it('treats URLs that differ only by fragment as one entry, answering with the URL asked', async () => {
    const served = serve({ 'cache-control': 'max-age=600' });
    const { fetch } = setup();
    await fetch(DOC);

    const outcome = await fetch(`${DOC}#key-1`);

    expect(outcome.ok && outcome.document.url).toBe(`${DOC}#key-1`);
    expect(served.count).toBe(1);
  });

  it('hands out a copy, so a caller changing the bytes does not change the cache', async () => {
    serve({ 'cache-control': 'max-age=600' });
    const { fetch } = setup();
    const first = await fetch();
    if (first.ok) first.document.body.fill(0);

    const second = await fetch();

    expect(second.ok && new TextDecoder().decode(second.document.body)).toBe('{"n":1}');
  });

  it('can be turned off', async () => {
    const served = serve({ 'cache-control': 'max-age=600' });
    const fetcher = createGuardedFetcher({ cache: false });
    await fetcher.fetch(DOC, { kind: 'json' });

    await fetcher.fetch(DOC, { kind: 'json' });

    expect(served.count).toBe(2);
  });
});
