// Keys named by HTTPS URLs: a key in a controller document, or a verification method document
// whose controller must confirm it. Also identifiers no resolver handles.
import { HttpResponse, http, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resolveVerificationMethod } from '../../../src/verify/keys';
import keyPair from '../../fixtures/vc-di/w3c-vc-di-eddsa/keyPair.json';
import { httpFetcher, offlineFetcher } from './http-fetcher';

const KEY = keyPair.publicKeyMultibase;
const ISSUER = 'https://issuer.example/issuers/1';
const METHOD = 'https://issuer.example/keys/1';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function serve(url: string, body: object) {
  server.use(http.get(url, () => HttpResponse.json(body as JsonBodyType)));
}

function methodDocument(controller = ISSUER) {
  return { id: METHOD, type: 'Multikey', controller, publicKeyMultibase: KEY };
}

describe('a key inside an HTTPS controller document', () => {
  const method = {
    id: `${ISSUER}#key-1`,
    type: 'Multikey',
    controller: ISSUER,
    publicKeyMultibase: KEY,
  };

  it('resolves the key and its controller', async () => {
    serve(ISSUER, { id: ISSUER, verificationMethod: [method], assertionMethod: ['#key-1'] });

    const resolution = await resolveVerificationMethod(`${ISSUER}#key-1`, httpFetcher());

    expect(resolution).toMatchObject({
      ok: true,
      key: { id: `${ISSUER}#key-1`, controller: ISSUER, assertionMethod: true, insecure: false },
    });
  });

  it('fails a document whose id is another URL', async () => {
    serve(ISSUER, { id: 'https://attacker.example/1', verificationMethod: [method] });

    const resolution = await resolveVerificationMethod(`${ISSUER}#key-1`, httpFetcher());

    expect(resolution).toMatchObject({
      ok: false,
      status: 'failed',
      code: 'controller_document_id_mismatch',
    });
  });

  it('fails when the document does not exist', async () => {
    server.use(http.get(ISSUER, () => new HttpResponse(null, { status: 404 })));

    const resolution = await resolveVerificationMethod(`${ISSUER}#key-1`, httpFetcher());

    expect(resolution).toMatchObject({
      ok: false,
      status: 'failed',
      code: 'controller_document_not_found',
    });
  });
});

describe('a verification method document', () => {
  it('resolves when the controller lists the method under assertionMethod', async () => {
    serve(METHOD, methodDocument());
    serve(ISSUER, { id: ISSUER, assertionMethod: [METHOD] });

    const resolution = await resolveVerificationMethod(METHOD, httpFetcher());

    expect(resolution).toMatchObject({
      ok: true,
      key: {
        id: METHOD,
        controller: ISSUER,
        assertionMethod: true,
        publicKeyJwk: { crv: 'Ed25519' },
      },
    });
  });

  it('resolves a did:web controller through its DID document', async () => {
    const did = 'did:web:issuer.example';
    serve(METHOD, methodDocument(did));
    serve('https://issuer.example/.well-known/did.json', { id: did, assertionMethod: [METHOD] });

    const resolution = await resolveVerificationMethod(METHOD, httpFetcher());

    expect(resolution).toMatchObject({ ok: true, key: { controller: did, assertionMethod: true } });
  });

  it('marks a method its controller lists only for authentication as not authorised', async () => {
    serve(METHOD, methodDocument());
    serve(ISSUER, { id: ISSUER, authentication: [METHOD] });

    const resolution = await resolveVerificationMethod(METHOD, httpFetcher());

    expect(resolution).toMatchObject({ ok: true, key: { assertionMethod: false } });
  });

  it('fails a method whose named controller does not list it', async () => {
    serve(METHOD, methodDocument());
    serve(ISSUER, { id: ISSUER, assertionMethod: ['https://issuer.example/keys/2'] });

    const resolution = await resolveVerificationMethod(METHOD, httpFetcher());

    expect(resolution).toMatchObject({
      ok: false,
      status: 'failed',
      code: 'key_controller_unconfirmed',
    });
  });

  it('fails a method naming a controller that cannot vouch for it (did:key)', async () => {
    serve(METHOD, methodDocument(`did:key:${KEY}`));

    const resolution = await resolveVerificationMethod(METHOD, httpFetcher());

    expect(resolution).toMatchObject({ ok: false, code: 'key_controller_unconfirmed' });
  });

  it('fails a method document describing another method', async () => {
    serve(METHOD, { ...methodDocument(), id: 'https://issuer.example/keys/2' });

    const resolution = await resolveVerificationMethod(METHOD, httpFetcher());

    expect(resolution).toMatchObject({
      ok: false,
      code: 'verification_method_document_id_mismatch',
    });
  });

  it('fails a method document that names no controller', async () => {
    serve(METHOD, { id: METHOD, type: 'Multikey', publicKeyMultibase: KEY });

    const resolution = await resolveVerificationMethod(METHOD, httpFetcher());

    expect(resolution).toMatchObject({ ok: false, code: 'key_controller_missing' });
  });

  it('is unknown when the controller document does not answer', async () => {
    serve(METHOD, methodDocument());
    server.use(http.get(ISSUER, () => HttpResponse.error()));

    const resolution = await resolveVerificationMethod(METHOD, httpFetcher());

    expect(resolution).toMatchObject({
      ok: false,
      status: 'unknown',
      code: 'controller_document_unreachable',
    });
  });
});

describe('identifiers no resolver handles', () => {
  it('fails an unsupported DID method with a plain message', async () => {
    const resolution = await resolveVerificationMethod('did:ion:EiAbc#key-1', offlineFetcher);

    expect(resolution).toMatchObject({
      ok: false,
      status: 'failed',
      code: 'did_method_unsupported',
      message: expect.stringContaining('did:ion'),
    });
  });

  it('fails a DID URL with a path', async () => {
    const resolution = await resolveVerificationMethod(
      'did:web:example.com/keys#1',
      offlineFetcher,
    );

    expect(resolution).toMatchObject({ ok: false, code: 'did_url_unsupported' });
  });

  it('fails an identifier that is neither a DID nor a URL', async () => {
    const resolution = await resolveVerificationMethod('urn:uuid:1234#key', offlineFetcher);

    expect(resolution).toMatchObject({ ok: false, code: 'verification_method_unsupported' });
  });

  it('turns an exception inside the fetcher into an unknown resolution', async () => {
    const resolution = await resolveVerificationMethod(
      'did:web:issuer.example#key-1',
      offlineFetcher,
    );

    expect(resolution).toMatchObject({
      ok: false,
      status: 'unknown',
      code: 'key_resolution_error',
    });
  });
});
