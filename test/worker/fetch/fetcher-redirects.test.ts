import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createGuardedFetcher, type ResolveHost } from '../../../src/fetch';
import { passThroughTransport, startMockWeb } from './mock-web';

const server = startMockWeb();
const ORIGIN = 'https://issuer.example';

function redirectTo(location: string, status = 302) {
  return () => new HttpResponse(null, { status, headers: { location } });
}

function chain(length: number) {
  const hops = Array.from({ length }, (_, hop) => {
    return http.get(`${ORIGIN}/hop/${hop}`, redirectTo(`${ORIGIN}/hop/${hop + 1}`));
  });
  return [...hops, http.get(`${ORIGIN}/hop/${length}`, () => HttpResponse.json({ hops: length }))];
}

describe('redirects', () => {
  it('follows a redirect and reports where the document finally came from', async () => {
    server.use(
      http.get(`${ORIGIN}/old.json`, redirectTo('https://cdn.example/new.json', 301)),
      http.get('https://cdn.example/new.json', () => HttpResponse.json({ id: 'x' })),
    );

    const outcome = await createGuardedFetcher().fetch(`${ORIGIN}/old.json`, { kind: 'json' });

    expect(outcome.ok && outcome.document.url).toBe(`${ORIGIN}/old.json`);
    expect(outcome.ok && outcome.document.finalUrl).toBe('https://cdn.example/new.json');
  });

  it('resolves a relative Location against the current URL', async () => {
    server.use(
      http.get(`${ORIGIN}/a/old.json`, redirectTo('../b/new.json', 308)),
      http.get(`${ORIGIN}/b/new.json`, () => HttpResponse.json({ id: 'x' })),
    );

    const outcome = await createGuardedFetcher().fetch(`${ORIGIN}/a/old.json`, { kind: 'json' });

    expect(outcome.ok && outcome.document.finalUrl).toBe(`${ORIGIN}/b/new.json`);
  });

  it('follows a chain of 5 redirects', async () => {
    server.use(...chain(5));

    const outcome = await createGuardedFetcher().fetch(`${ORIGIN}/hop/0`, { kind: 'json' });

    expect(outcome.ok && outcome.document.finalUrl).toBe(`${ORIGIN}/hop/5`);
  });

  it('refuses a chain of 6 redirects as too_many_redirects', async () => {
    server.use(...chain(6));

    const outcome = await createGuardedFetcher().fetch(`${ORIGIN}/hop/0`, { kind: 'json' });

    expect(!outcome.ok && outcome.error).toEqual({
      code: 'too_many_redirects',
      message: 'The server redirected more than 5 times, so Proofpath stopped.',
    });
  });

  it('reports a redirect without a Location as http_error', async () => {
    server.use(http.get(`${ORIGIN}/old.json`, () => new HttpResponse(null, { status: 302 })));

    const outcome = await createGuardedFetcher().fetch(`${ORIGIN}/old.json`, { kind: 'json' });

    expect(!outcome.ok && outcome.error).toMatchObject({ code: 'http_error', status: 302 });
  });
});

describe('attacks: redirects to places the guard never goes', () => {
  it.each([
    ['https://127.0.0.1/admin'],
    ['https://2130706433/admin'],
    ['https://[::ffff:127.0.0.1]/admin'],
    ['https://169.254.169.254/latest/meta-data/'],
    ['https://localhost./admin'],
    ['https://metadata.google.internal/computeMetadata/v1/'],
  ])('refuses a redirect to %s without requesting it', async (target) => {
    server.use(http.get(`${ORIGIN}/badge.json`, redirectTo(target)));
    const transport = passThroughTransport();

    const outcome = await createGuardedFetcher({ transport }).fetch(`${ORIGIN}/badge.json`, {
      kind: 'json',
    });

    expect(!outcome.ok && outcome.error.code).toBe('url_forbidden');
    expect(transport).toHaveBeenCalledTimes(1);
  });

  it('refuses a redirect from https to http', async () => {
    server.use(http.get(`${ORIGIN}/badge.json`, redirectTo('http://issuer.example/badge.json')));
    const transport = passThroughTransport();

    const outcome = await createGuardedFetcher({ transport }).fetch(`${ORIGIN}/badge.json`, {
      kind: 'json',
    });

    expect(!outcome.ok && outcome.error).toEqual({
      code: 'url_forbidden',
      message: 'The server redirected from a secure (https) address to an insecure one.',
    });
    expect(transport).toHaveBeenCalledTimes(1);
  });

  it('refuses a redirect to another scheme', async () => {
    server.use(http.get(`${ORIGIN}/badge.json`, redirectTo('file:///etc/passwd')));

    const outcome = await createGuardedFetcher().fetch(`${ORIGIN}/badge.json`, { kind: 'json' });

    expect(!outcome.ok && outcome.error.code).toBe('url_forbidden');
  });

  it('checks the resolved addresses of every redirect target', async () => {
    server.use(http.get(`${ORIGIN}/badge.json`, redirectTo('https://rebind.example/x')));
    const resolveHost = vi.fn<ResolveHost>(async (host) => {
      return host === 'rebind.example' ? ['192.168.0.10'] : ['93.184.215.14'];
    });
    const transport = passThroughTransport();

    const fetcher = createGuardedFetcher({ transport, resolveHost });
    const outcome = await fetcher.fetch(`${ORIGIN}/badge.json`, { kind: 'json' });

    expect(!outcome.ok && outcome.error.code).toBe('url_forbidden');
    expect(resolveHost).toHaveBeenCalledWith('rebind.example');
    expect(transport).toHaveBeenCalledTimes(1);
  });
});
