// did:web: the DID document is fetched (MSW serves it), checked, and the key read from it.
import { HttpResponse, http, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { didWebUrl, resolveVerificationMethod } from '../../../src/verify/keys';
import { didWebFixtures } from './did-web-fixtures';
import { failingFetcher, httpFetcher } from './http-fetcher';

const { dccRoot, legacy, oidf } = didWebFixtures;
const FIXTURES = 'https://digitalcredentials.github.io/vc-test-fixtures/dids';
const KEY = 'z6MkjXe1vZvPRqFuc9nRBtZ3e1Y9XKDFSbjFAfzLfW2bD6cZ';
const DID = 'did:web:issuer.example';
const DID_URL = 'https://issuer.example/.well-known/did.json';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function serve(url: string, body: object) {
  server.use(http.get(url, () => HttpResponse.json(body as JsonBodyType)));
}

function document(overrides: Record<string, unknown> = {}) {
  const method = { id: '#key-1', type: 'Multikey', controller: DID, publicKeyMultibase: KEY };
  return { id: DID, verificationMethod: [method], assertionMethod: ['#key-1'], ...overrides };
}

describe('did:web URLs', () => {
  it('maps a bare domain to /.well-known/did.json', () => {
    expect(didWebUrl('did:web:w3c-ccg.github.io')).toBe(
      'https://w3c-ccg.github.io/.well-known/did.json',
    );
  });

  it('maps path segments to folders', () => {
    expect(didWebUrl('did:web:w3c-ccg.github.io:user:alice')).toBe(
      'https://w3c-ccg.github.io/user/alice/did.json',
    );
  });

  it('percent-decodes the port', () => {
    expect(didWebUrl('did:web:example.com%3A3000:user')).toBe(
      'https://example.com:3000/user/did.json',
    );
  });

  it.each(['did:web:', 'did:web:example.com:..', 'did:web:exa%2Fmple.com', 'did:web:a@b.com'])(
    'refuses the malformed %s',
    (did) => {
      expect(didWebUrl(did)).toBeNull();
    },
  );
});

describe('did:web with the published fixtures', () => {
  it('resolves an Ed25519VerificationKey2020 embedded in assertionMethod', async () => {
    serve(`${FIXTURES}/legacy/did.json`, legacy);
    const id = `${legacy.id}#${KEY}`;

    const resolution = await resolveVerificationMethod(id, httpFetcher());
    const fromDidKey = await resolveVerificationMethod(`did:key:${KEY}`, httpFetcher());

    expect(resolution).toEqual({
      ok: true,
      key: {
        id,
        controller: legacy.id,
        assertionMethod: true,
        publicKeyJwk: fromDidKey.ok && fromDidKey.key.publicKeyJwk,
        insecure: false,
      },
    });
  });

  it('resolves a Multikey listed in verificationMethod and assertionMethod', async () => {
    serve(`${FIXTURES}/oidf/did.json`, oidf);

    const resolution = await resolveVerificationMethod(`${oidf.id}#${KEY}`, httpFetcher());

    expect(resolution).toMatchObject({
      ok: true,
      key: { controller: oidf.id, assertionMethod: true },
    });
  });

  it('fetches a one-segment path DID from that folder', async () => {
    const fetcher = httpFetcher();
    serve('https://digitalcredentials.github.io/dcc-did-web/did.json', dccRoot);
    const method = dccRoot.assertionMethod[0] as { id: string };

    const resolution = await resolveVerificationMethod(method.id, fetcher);

    expect(resolution.ok).toBe(true);
    expect(fetcher.urls).toEqual(['https://digitalcredentials.github.io/dcc-did-web/did.json']);
  });
});

describe('did:web documents', () => {
  it('resolves a relative #fragment method referenced by assertionMethod', async () => {
    serve(DID_URL, document());

    const resolution = await resolveVerificationMethod(`${DID}#key-1`, httpFetcher());

    expect(resolution).toMatchObject({
      ok: true,
      key: { id: `${DID}#key-1`, assertionMethod: true },
    });
  });

  it('fetches a DID with a port from that port', async () => {
    const did = 'did:web:issuer.example%3A8443';
    const method = {
      id: `${did}#key-1`,
      type: 'Multikey',
      controller: did,
      publicKeyMultibase: KEY,
    };
    serve('https://issuer.example:8443/.well-known/did.json', {
      id: did,
      assertionMethod: [method],
    });

    const resolution = await resolveVerificationMethod(`${did}#key-1`, httpFetcher());

    expect(resolution.ok).toBe(true);
  });

  it('resolves a key not listed under assertionMethod, marked as not authorised', async () => {
    serve(DID_URL, document({ assertionMethod: undefined, authentication: ['#key-1'] }));

    const resolution = await resolveVerificationMethod(`${DID}#key-1`, httpFetcher());

    expect(resolution).toMatchObject({ ok: true, key: { assertionMethod: false } });
  });

  it('marks a key from a document fetched over plain HTTP as insecure', async () => {
    serve(DID_URL, document());

    const resolution = await resolveVerificationMethod(
      `${DID}#key-1`,
      httpFetcher({ insecure: true }),
    );

    expect(resolution).toMatchObject({ ok: true, key: { insecure: true } });
  });

  it('fails a document whose id is another DID', async () => {
    serve(DID_URL, document({ id: 'did:web:attacker.example' }));

    const resolution = await resolveVerificationMethod(`${DID}#key-1`, httpFetcher());

    expect(resolution).toMatchObject({
      ok: false,
      status: 'failed',
      code: 'did_document_id_mismatch',
    });
  });

  it('fails a key the document does not list', async () => {
    serve(DID_URL, document());

    const resolution = await resolveVerificationMethod(`${DID}#key-2`, httpFetcher());

    expect(resolution).toMatchObject({ ok: false, status: 'failed', code: 'key_not_found' });
  });

  it('fails a method that does not state its controller', async () => {
    const method = { id: '#key-1', type: 'Multikey', publicKeyMultibase: KEY };
    serve(DID_URL, document({ verificationMethod: [method] }));

    const resolution = await resolveVerificationMethod(`${DID}#key-1`, httpFetcher());

    expect(resolution).toMatchObject({ ok: false, code: 'key_controller_missing' });
  });

  it('fails a method whose controller is someone other than the document', async () => {
    const method = {
      id: '#key-1',
      type: 'Multikey',
      controller: 'did:web:victim.example',
      publicKeyMultibase: KEY,
    };
    serve(DID_URL, document({ verificationMethod: [method] }));

    const resolution = await resolveVerificationMethod(`${DID}#key-1`, httpFetcher());

    expect(resolution).toMatchObject({ ok: false, code: 'key_controller_mismatch' });
  });

  it('fails a bare did:web, which names no key, without fetching', async () => {
    const fetcher = httpFetcher();
    const resolution = await resolveVerificationMethod(DID, fetcher);

    expect(resolution).toMatchObject({ ok: false, code: 'key_not_found' });
    expect(fetcher.urls).toEqual([]);
  });
});

describe('did:web when the document cannot be had', () => {
  it('fails when the document does not exist (404)', async () => {
    server.use(http.get(DID_URL, () => new HttpResponse(null, { status: 404 })));

    const resolution = await resolveVerificationMethod(`${DID}#key-1`, httpFetcher());

    expect(resolution).toMatchObject({ ok: false, status: 'failed', code: 'did_not_found' });
  });

  it('fails when the document is gone (410)', async () => {
    server.use(http.get(DID_URL, () => new HttpResponse(null, { status: 410 })));

    const resolution = await resolveVerificationMethod(`${DID}#key-1`, httpFetcher());

    expect(resolution).toMatchObject({ ok: false, status: 'failed', code: 'did_not_found' });
  });

  it('is unknown when the host is unreachable', async () => {
    server.use(http.get(DID_URL, () => HttpResponse.error()));

    const resolution = await resolveVerificationMethod(`${DID}#key-1`, httpFetcher());

    expect(resolution).toMatchObject({
      ok: false,
      status: 'unknown',
      code: 'did_document_unreachable',
    });
  });

  it('is unknown when the server fails (503)', async () => {
    server.use(http.get(DID_URL, () => new HttpResponse(null, { status: 503 })));

    const resolution = await resolveVerificationMethod(`${DID}#key-1`, httpFetcher());

    expect(resolution).toMatchObject({
      ok: false,
      status: 'unknown',
      code: 'did_document_unreachable',
    });
  });

  it.each(['timeout', 'rate_limited'] as const)('is unknown on %s', async (code) => {
    const fetcher = failingFetcher({ code, message: 'No answer in time.' });

    const resolution = await resolveVerificationMethod(`${DID}#key-1`, fetcher);

    expect(resolution).toMatchObject({
      ok: false,
      status: 'unknown',
      code: 'did_document_unreachable',
    });
  });

  it('fails when the fetch guard forbids the address', async () => {
    const fetcher = failingFetcher({ code: 'url_forbidden', message: 'Private address.' });

    const resolution = await resolveVerificationMethod('did:web:127.0.0.1#key-1', fetcher);

    expect(resolution).toMatchObject({
      ok: false,
      status: 'failed',
      code: 'did_document_forbidden',
    });
  });

  it('fails when the document is not JSON', async () => {
    server.use(http.get(DID_URL, () => HttpResponse.text('<html>hello</html>')));

    const resolution = await resolveVerificationMethod(`${DID}#key-1`, httpFetcher());

    expect(resolution).toMatchObject({
      ok: false,
      status: 'failed',
      code: 'did_document_malformed',
    });
  });
});
