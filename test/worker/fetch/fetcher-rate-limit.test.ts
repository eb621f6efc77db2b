import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createGuardedFetcher, type FetchOutcome } from '../../../src/fetch';
import { frozenClock, startMockWeb } from './mock-web';

const server = startMockWeb();

function serveEverything() {
  server.use(
    http.get('https://:host/*', () =>
      HttpResponse.json({}, { headers: { 'cache-control': 'no-store' } }),
    ),
  );
}

async function fetchTimes(times: number, fetch: (n: number) => Promise<FetchOutcome>) {
  const outcomes: FetchOutcome[] = [];
  for (let n = 0; n < times; n++) outcomes.push(await fetch(n));
  return outcomes;
}

describe('attacks: using the verifier to flood a third party', () => {
  it('allows 20 requests to one host, then refuses the 21st as rate_limited', async () => {
    serveEverything();
    const fetcher = createGuardedFetcher({ now: frozenClock().now });

    const outcomes = await fetchTimes(21, (n) => {
      return fetcher.fetch(`https://victim.example/${n}`, { kind: 'json' });
    });

    expect(outcomes.slice(0, 20).every((outcome) => outcome.ok)).toBe(true);
    expect(outcomes[20]).toEqual({
      ok: false,
      error: {
        code: 'rate_limited',
        message: 'Proofpath sent too many requests to victim.example just now; try again shortly.',
      },
    });
  });

  it('limits each host separately', async () => {
    serveEverything();
    const fetcher = createGuardedFetcher({ now: frozenClock().now });
    await fetchTimes(20, (n) => fetcher.fetch(`https://victim.example/${n}`, { kind: 'json' }));

    const outcome = await fetcher.fetch('https://other.example/x', { kind: 'json' });

    expect(outcome.ok).toBe(true);
  });

  it('lets requests through again as the bucket refills', async () => {
    serveEverything();
    const clock = frozenClock();
    const fetcher = createGuardedFetcher({ now: clock.now });
    await fetchTimes(20, (n) => fetcher.fetch(`https://victim.example/${n}`, { kind: 'json' }));

    clock.ms += 500;
    const outcome = await fetcher.fetch('https://victim.example/again', { kind: 'json' });

    expect(outcome.ok).toBe(true);
  });

  it('counts redirect hops against the host they go to', async () => {
    serveEverything();
    server.use(
      http.get('https://open-redirect.example/:n', ({ params }) => {
        const location = `https://victim.example/${params.n}`;
        return new HttpResponse(null, { status: 302, headers: { location } });
      }),
    );
    const fetcher = createGuardedFetcher({ now: frozenClock().now, limits: { hostRequests: 2 } });
    await fetchTimes(2, (n) => fetcher.fetch(`https://victim.example/${n}`, { kind: 'json' }));

    const outcome = await fetcher.fetch('https://open-redirect.example/3', { kind: 'json' });

    expect(!outcome.ok && outcome.error.code).toBe('rate_limited');
    expect(!outcome.ok && outcome.error.message).toMatch(/victim\.example/);
  });
});
