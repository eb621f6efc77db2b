// The documents transport: files served in place of the network, and checked by the guard
// exactly like fetched documents.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createGuardedFetcher } from '../../../src/fetch';
import {
  createDocumentsTransport,
  type DocumentsMap,
} from '../../../src/fetch/node/documents-transport';
import { removeTempFiles, writeTempFile } from '../cli/temp-files';

afterAll(removeTempFiles);

const URL_A = 'https://issuer.example.org/a';

async function served(
  name: string,
  body: string | Uint8Array,
  status = 200,
): Promise<DocumentsMap> {
  return new Map([[URL_A, { status, file: await writeTempFile(name, body) }]]);
}

describe('createDocumentsTransport', () => {
  it.each([
    ['did.json', 'application/json'],
    ['credential.jwt', 'application/jwt'],
    ['context.jsonld', 'application/ld+json'],
    ['notes.txt', 'application/octet-stream'],
  ])('serves %s with the content type %s', async (name, contentType) => {
    const transport = createDocumentsTransport(await served(name, '{"a":1}'), null);

    const response = await transport(new Request(URL_A));

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-length')).toBe('7');
    expect(await response.text()).toBe('{"a":1}');
  });

  it('answers a status-only entry with that status and no body', async () => {
    const transport = createDocumentsTransport(
      new Map([[URL_A, { status: 404, file: null }]]),
      null,
    );

    const response = await transport(new Request(URL_A));

    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
  });

  it('matches a request whose URL carries a fragment', async () => {
    const transport = createDocumentsTransport(await served('did.json', '{}'), null);

    const response = await transport(new Request(`${URL_A}#key-1`));

    expect(response.status).toBe(200);
  });

  it('rejects an unlisted URL like a network failure when there is no fallback', async () => {
    const transport = createDocumentsTransport(new Map(), null);

    await expect(transport(new Request(URL_A))).rejects.toThrow(TypeError);
  });

  it('hands an unlisted URL to the fallback transport', async () => {
    const fallback = vi.fn(async () => new Response('from the network'));
    const transport = createDocumentsTransport(new Map(), fallback);

    const response = await transport(new Request(URL_A));

    expect(await response.text()).toBe('from the network');
    expect(fallback).toHaveBeenCalledOnce();
  });
});

describe('documents served through the guard', () => {
  function fetcherFor(documents: DocumentsMap) {
    const transport = createDocumentsTransport(documents, null);
    return createGuardedFetcher({ transport, cache: false, rateLimit: false });
  }

  it('returns a served JSON file as the document', async () => {
    const fetcher = fetcherFor(await served('did.json', '{"id":"did:web:issuer.example.org"}'));

    const outcome = await fetcher.fetch(URL_A, { kind: 'json' });

    expect(outcome.ok && outcome.document.contentType).toBe('application/json');
    expect(outcome.ok && new TextDecoder().decode(outcome.document.body)).toContain('did:web');
  });

  it('refuses a served file larger than the size limit with too_large', async () => {
    const fetcher = fetcherFor(await served('big.json', new Uint8Array(1024 * 1024 + 1)));

    const outcome = await fetcher.fetch(URL_A, { kind: 'json' });

    expect(outcome.ok ? null : outcome.error.code).toBe('too_large');
  });

  it('refuses a served file whose extension gives the wrong content type', async () => {
    const fetcher = fetcherFor(await served('did.txt', '{}'));

    const outcome = await fetcher.fetch(URL_A, { kind: 'json' });

    expect(outcome.ok ? null : outcome.error.code).toBe('content_type');
  });

  it('reports a { "status": 404 } entry as http_error 404', async () => {
    const fetcher = fetcherFor(new Map([[URL_A, { status: 404, file: null }]]));

    const outcome = await fetcher.fetch(URL_A, { kind: 'json' });

    expect(outcome.ok ? null : outcome.error).toMatchObject({ code: 'http_error', status: 404 });
  });

  it('reports an unlisted URL as unreachable when offline', async () => {
    const fetcher = fetcherFor(new Map());

    const outcome = await fetcher.fetch(URL_A, { kind: 'json' });

    expect(outcome.ok ? null : outcome.error.code).toBe('unreachable');
  });
});
