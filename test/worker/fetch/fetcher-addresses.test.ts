import { describe, expect, it, vi } from 'vitest';
import { createGuardedFetcher, type ResolveHost } from '../../../src/fetch';
import { spyTransport } from './mock-web';

// No MSW here: these requests must never reach any transport, so a spy proves it.

describe('attacks: links to non-public destinations are refused before any request', () => {
  it.each([
    ['https://127.0.0.1/badge.json'],
    ['https://2130706433/badge.json'],
    ['https://0x7f.1/badge.json'],
    ['https://017700000001/badge.json'],
    ['https://[::1]/badge.json'],
    ['https://[::ffff:127.0.0.1]/badge.json'],
    ['https://[::ffff:7f00:1]/badge.json'],
    ['https://[64:ff9b::192.168.0.1]/badge.json'],
    ['https://0.0.0.0/badge.json'],
    ['https://[::]/badge.json'],
    ['https://10.1.2.3/badge.json'],
    ['https://172.20.0.1/badge.json'],
    ['https://192.168.1.10/badge.json'],
    ['https://169.254.10.10/badge.json'],
    ['https://[fe80::1]/badge.json'],
    ['https://100.64.1.1/badge.json'],
    ['https://[fd00::1]/badge.json'],
    ['https://239.1.1.1/badge.json'],
    ['https://240.1.1.1/badge.json'],
    ['https://169.254.169.254/latest/meta-data/'],
    ['https://[fd00:ec2::254]/latest/meta-data/'],
    ['https://metadata.google.internal/computeMetadata/v1/'],
    ['https://localhost/badge.json'],
    ['https://localhost./badge.json'],
    ['https://admin.localhost/badge.json'],
    ['https://printer.local/badge.json'],
    ['https://vault.internal/badge.json'],
    ['https://nas.home.arpa/badge.json'],
    ['http://127.0.0.1/badge.json'],
    ['http://localhost:8787/badge.json'],
  ])('%s is url_forbidden and the transport is never called', async (url) => {
    const transport = spyTransport();

    const outcome = await createGuardedFetcher({ transport }).fetch(url, { kind: 'json' });

    expect(!outcome.ok && outcome.error.code).toBe('url_forbidden');
    expect(transport).not.toHaveBeenCalled();
  });

  it('refuses other schemes before any request', async () => {
    const transport = spyTransport();

    const outcome = await createGuardedFetcher({ transport }).fetch('file:///etc/passwd', {
      kind: 'json',
    });

    expect(!outcome.ok && outcome.error.code).toBe('url_forbidden');
    expect(transport).not.toHaveBeenCalled();
  });

  it('refuses credentials in the link before any request', async () => {
    const transport = spyTransport();

    const outcome = await createGuardedFetcher({ transport }).fetch('https://a:b@issuer.example/', {
      kind: 'json',
    });

    expect(!outcome.ok && outcome.error.code).toBe('url_forbidden');
    expect(transport).not.toHaveBeenCalled();
  });

  it('reports an unparseable link as url_invalid', async () => {
    const transport = spyTransport();

    const outcome = await createGuardedFetcher({ transport }).fetch('https://exa mple.org/', {
      kind: 'json',
    });

    expect(!outcome.ok && outcome.error.code).toBe('url_invalid');
    expect(transport).not.toHaveBeenCalled();
  });
});

describe('attacks: public names that resolve to non-public addresses', () => {
  const TARGET = 'https://rebind.example/badge.json';

  function resolvingTo(...addresses: string[]) {
    return vi.fn<ResolveHost>(async () => addresses);
  }

  it('refuses a name that resolves to a private address', async () => {
    const transport = spyTransport();
    const resolveHost = resolvingTo('10.0.0.5');

    const outcome = await createGuardedFetcher({ transport, resolveHost }).fetch(TARGET, {
      kind: 'json',
    });

    expect(!outcome.ok && outcome.error.code).toBe('url_forbidden');
    expect(resolveHost).toHaveBeenCalledWith('rebind.example');
    expect(transport).not.toHaveBeenCalled();
  });

  it('refuses when any one of several addresses is not public', async () => {
    const transport = spyTransport();
    const resolveHost = resolvingTo('93.184.215.14', '::ffff:127.0.0.1');

    const outcome = await createGuardedFetcher({ transport, resolveHost }).fetch(TARGET, {
      kind: 'json',
    });

    expect(!outcome.ok && outcome.error.code).toBe('url_forbidden');
    expect(transport).not.toHaveBeenCalled();
  });

  it('fetches when every address is public', async () => {
    const transport = spyTransport();
    const resolveHost = resolvingTo('93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c');

    const outcome = await createGuardedFetcher({ transport, resolveHost }).fetch(TARGET, {
      kind: 'json',
    });

    expect(outcome.ok).toBe(true);
    expect(transport).toHaveBeenCalledTimes(1);
  });

  it('reports a name that does not resolve as unreachable', async () => {
    const transport = spyTransport();
    const resolveHost = vi.fn<ResolveHost>(async () => {
      throw new Error('ENOTFOUND');
    });

    const outcome = await createGuardedFetcher({ transport, resolveHost }).fetch(TARGET, {
      kind: 'json',
    });

    expect(!outcome.ok && outcome.error.code).toBe('unreachable');
    expect(transport).not.toHaveBeenCalled();
  });

  it('reports a name with no addresses as unreachable', async () => {
    const transport = spyTransport();

    const outcome = await createGuardedFetcher({ transport, resolveHost: resolvingTo() }).fetch(
      TARGET,
      { kind: 'json' },
    );

    expect(!outcome.ok && outcome.error.code).toBe('unreachable');
    expect(transport).not.toHaveBeenCalled();
  });

  it('does not ask the resolver about an IP literal', async () => {
    const resolveHost = resolvingTo('10.0.0.5');
    const fetcher = createGuardedFetcher({ transport: spyTransport(), resolveHost });

    const outcome = await fetcher.fetch('https://93.184.215.14/badge.json', { kind: 'json' });

    expect(outcome.ok).toBe(true);
    expect(resolveHost).not.toHaveBeenCalled();
  });

  it('reports a transport that refuses an address itself as url_forbidden', async () => {
    const transport = vi.fn(async () => {
      throw Object.assign(new TypeError('fetch failed'), {
        cause: { code: 'url_forbidden', reason: 'loopback' },
      });
    });

    const outcome = await createGuardedFetcher({ transport }).fetch(TARGET, { kind: 'json' });

    expect(!outcome.ok && outcome.error).toEqual({
      code: 'url_forbidden',
      message: 'The link points to the server itself, which Proofpath never contacts.',
    });
  });
});
