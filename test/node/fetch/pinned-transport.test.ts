// The DNS-pinning transport: refuses any host that is, or resolves to, a non-public address, and
// connects only to the addresses it checked. DNS is always a stub; nothing leaves this machine.
import type { LookupAddress } from 'node:dns';
import { createServer, type Server } from 'node:http';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGuardedFetcher } from '../../../src/fetch';
import { pinnedLookup } from '../../../src/fetch/node/pinned-lookup';
import {
  createPinnedTransport,
  createResolveHost,
  ForbiddenAddressError,
  type LookupAll,
} from '../../../src/fetch/node/pinned-transport';

function lookupAnswering(...addresses: string[]) {
  const answer: LookupAddress[] = addresses.map((address) => {
    return { address, family: address.includes(':') ? 6 : 4 };
  });
  return vi.fn<LookupAll>(async () => answer);
}

async function refusalOf(url: string, lookup: LookupAll): Promise<unknown> {
  const transport = createPinnedTransport(lookup);
  return transport(new Request(url)).catch((error: unknown) => error);
}

describe('pinned transport against DNS rebinding and internal targets', () => {
  it('refuses a host name that resolves to 127.0.0.1', async () => {
    const error = await refusalOf(
      'https://issuer.example.org/did.json',
      lookupAnswering('127.0.0.1'),
    );

    expect(error).toBeInstanceOf(ForbiddenAddressError);
    expect(error).toMatchObject({ code: 'url_forbidden', reason: 'loopback' });
  });

  it('refuses a host name that resolves to 10.0.0.1', async () => {
    const error = await refusalOf(
      'https://issuer.example.org/did.json',
      lookupAnswering('10.0.0.1'),
    );

    expect(error).toMatchObject({ code: 'url_forbidden', reason: 'private' });
  });

  it('refuses a host when any one of its addresses is not public', async () => {
    const lookup = lookupAnswering('8.8.8.8', '2001:4860:4860::8888', '169.254.169.254');

    const error = await refusalOf('https://issuer.example.org/did.json', lookup);

    expect(error).toMatchObject({ code: 'url_forbidden', reason: 'metadata' });
  });

  it('refuses an IPv4-mapped IPv6 loopback answer', async () => {
    const error = await refusalOf(
      'https://issuer.example.org/',
      lookupAnswering('::ffff:127.0.0.1'),
    );

    expect(error).toMatchObject({ code: 'url_forbidden', reason: 'ipv4_embedded' });
  });

  it('refuses local names and IP literals without asking DNS', async () => {
    const lookup = lookupAnswering('8.8.8.8');

    const refusals = await Promise.all(
      ['https://localhost/', 'https://metadata.google.internal/', 'https://127.0.0.1/'].map((url) =>
        refusalOf(url, lookup),
      ),
    );

    expect(refusals.map((error) => (error as ForbiddenAddressError).reason)).toEqual([
      'local_name',
      'metadata',
      'loopback',
    ]);
    expect(lookup).not.toHaveBeenCalled();
  });

  it('makes the guard report url_forbidden, not unreachable', async () => {
    const transport = createPinnedTransport(lookupAnswering('10.0.0.1'));
    const fetcher = createGuardedFetcher({ transport, cache: false, rateLimit: false });

    const outcome = await fetcher.fetch('https://issuer.example.org/did.json', { kind: 'json' });

    expect(outcome.ok ? null : outcome.error.code).toBe('url_forbidden');
  });

  it('rejects as a plain failure when the host has no address', async () => {
    const error = await refusalOf('https://issuer.example.org/', lookupAnswering());

    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(ForbiddenAddressError);
  });
});

describe('createResolveHost', () => {
  it('returns every address the lookup gives, as text', async () => {
    const resolveHost = createResolveHost(lookupAnswering('8.8.8.8', '2001:4860:4860::8888'));

    expect(await resolveHost('issuer.example.org')).toEqual(['8.8.8.8', '2001:4860:4860::8888']);
  });
});

describe('pinnedLookup', () => {
  const addresses = [
    { address: '2001:db8::1', family: 6 },
    { address: '192.0.2.1', family: 4 },
  ];

  it('answers the first checked address whatever name it is asked about', () => {
    const callback = vi.fn();

    pinnedLookup(addresses)('elsewhere.example.net', {}, callback);

    expect(callback).toHaveBeenCalledWith(null, '2001:db8::1', 6);
  });

  it('answers every checked address when asked for all', () => {
    const callback = vi.fn();

    pinnedLookup(addresses)('elsewhere.example.net', { all: true }, callback);

    expect(callback).toHaveBeenCalledWith(null, addresses);
  });
});

// A loopback server stands in for the checked address: the address rules would refuse it, so
// this drives the same undici Agent set-up the transport uses, without the rules.
describe('an undici Agent with pinnedLookup', () => {
  let server: Server;
  let port = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ host: request.headers.host }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('connects to the pinned address and keeps the URL host name in the Host header', async () => {
    const lookup = pinnedLookup([{ address: '127.0.0.1', family: 4 }]);
    const agent = new Agent({ connect: { lookup } });

    const response = await undiciFetch(`http://issuer.example.org:${port}/`, { dispatcher: agent });

    expect(await response.json()).toEqual({ host: `issuer.example.org:${port}` });
    await agent.close();
  });
});
