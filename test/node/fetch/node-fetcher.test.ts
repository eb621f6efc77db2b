// How the CLI's fetcher chooses a source: the map first, then the pinned network transport, or
// nothing when offline. DNS is a stub, and no test gets as far as opening a connection.
import type { LookupAddress } from 'node:dns';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { DocumentsMap } from '../../../src/fetch/node/documents-transport';
import { createNodeFetcher } from '../../../src/fetch/node/node-fetcher';
import type { LookupAll } from '../../../src/fetch/node/pinned-transport';
import { removeTempFiles, writeTempFile } from '../cli/temp-files';

afterAll(removeTempFiles);

const LISTED = 'https://issuer.example.org/did.json';
const UNLISTED = 'https://elsewhere.example.net/list.json';

function lookupAnswering(address: string) {
  return vi.fn<LookupAll>(async (): Promise<LookupAddress[]> => [{ address, family: 4 }]);
}

async function documents(): Promise<DocumentsMap> {
  return new Map([[LISTED, { status: 200, file: await writeTempFile('did.json', '{}') }]]);
}

describe('createNodeFetcher', () => {
  it('serves a listed URL without asking DNS', async () => {
    const lookup = lookupAnswering('10.0.0.1');
    const fetcher = createNodeFetcher({ documents: await documents(), lookup });

    const outcome = await fetcher.fetch(LISTED, { kind: 'json' });

    expect(outcome.ok).toBe(true);
    expect(lookup).not.toHaveBeenCalled();
  });

  it('treats an unlisted URL as unreachable when offline, without asking DNS', async () => {
    const lookup = lookupAnswering('8.8.8.8');
    const fetcher = createNodeFetcher({ documents: await documents(), offline: true, lookup });

    const outcome = await fetcher.fetch(UNLISTED, { kind: 'json' });

    expect(outcome.ok ? null : outcome.error.code).toBe('unreachable');
    expect(lookup).not.toHaveBeenCalled();
  });
});

describe('createNodeFetcher against internal targets', () => {
  it('sends an unlisted URL to the pinned transport, which refuses a private address', async () => {
    const lookup = lookupAnswering('10.0.0.1');
    const fetcher = createNodeFetcher({ documents: await documents(), lookup });

    const outcome = await fetcher.fetch(UNLISTED, { kind: 'json' });

    expect(outcome.ok ? null : outcome.error.code).toBe('url_forbidden');
    expect(lookup).toHaveBeenCalledWith('elsewhere.example.net');
  });

  it('refuses a host that resolves to 127.0.0.1 when no map is given', async () => {
    const fetcher = createNodeFetcher({ lookup: lookupAnswering('127.0.0.1') });

    const outcome = await fetcher.fetch(UNLISTED, { kind: 'json' });

    expect(outcome.ok ? null : outcome.error.code).toBe('url_forbidden');
  });
});
