// VC-JWT proofs that verify: each algorithm and each way of naming the issuer's key.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import keyPair from '../../fixtures/vc-di/w3c-vc-di-eddsa/keyPair.json';
import multiKeyPairs from '../../fixtures/vc-di/w3c-vc-di-eddsa/proof-set-chain/multiKeyPairs.json';
import { httpFetcher } from '../keys/http-fetcher';
import { didJwkOf, didKeyOf, keyFromMultibasePair, newKey, type TestKey } from '../keys/test-keys';
import { credentialV2, payloadV1, sign, verifyToken } from './tokens';

const COLLEGE = 'did:web:college.example';
const COLLEGE_DOCUMENT = 'https://college.example/.well-known/did.json';
const HTTPS_ISSUER = 'https://college.example/issuers/1';

const server = setupServer();
let ed25519: TestKey;
let p256: TestKey;
let p384: TestKey;
let rsa: TestKey;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  [ed25519, p256, p384, rsa] = await Promise.all([
    newKey('EdDSA'),
    newKey('ES256'),
    newKey('ES384'),
    newKey('RS256'),
  ]);
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function serveCollege(publicJwk: object) {
  const method = {
    id: '#key-1',
    type: 'JsonWebKey2020',
    controller: COLLEGE,
    publicKeyJwk: publicJwk,
  };
  const document = { id: COLLEGE, verificationMethod: [method], assertionMethod: ['#key-1'] };
  server.use(http.get(COLLEGE_DOCUMENT, () => HttpResponse.json(document)));
}

describe('valid VC-JWTs', () => {
  it('passes a VC 2.0 EdDSA token signed by a did:jwk issuer', async () => {
    const issuer = didJwkOf(ed25519.publicJwk);
    const token = await sign(credentialV2(issuer), ed25519.privateKey, {
      alg: 'EdDSA',
      typ: 'vc+jwt',
      kid: `${issuer}#0`,
    });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toEqual({
      id: 'proof',
      status: 'passed',
      code: 'signature_valid',
      message: expect.any(String),
      required: true,
      details: { securing: 'vc-jwt', alg: 'EdDSA', verificationMethod: `${issuer}#0` },
    });
    expect(result.verificationMethod).toBe(`${issuer}#0`);
    expect(result.resolution).toMatchObject({ ok: true, key: { controller: issuer } });
  });

  it('accepts the fully specified Ed25519 algorithm name', async () => {
    const issuer = didJwkOf(ed25519.publicJwk);
    const token = await sign(credentialV2(issuer), ed25519.privateKey, {
      alg: 'Ed25519',
      kid: `${issuer}#0`,
    });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({ status: 'passed', details: { alg: 'Ed25519' } });
  });

  it('passes a VC 1.1 ES256 token whose key is in a did:web document', async () => {
    serveCollege(p256.publicJwk);
    const token = await sign(payloadV1(COLLEGE), p256.privateKey, {
      alg: 'ES256',
      kid: `${COLLEGE}#key-1`,
    });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({ status: 'passed', code: 'signature_valid' });
    expect(result.resolution).toMatchObject({
      ok: true,
      key: { controller: COLLEGE, assertionMethod: true },
    });
  });

  it('joins a relative kid to the iss of a VC 1.1 token (ES384, did:key)', async () => {
    const issuer = didKeyOf(p384.publicJwk);
    const fragment = issuer.slice('did:key:'.length);
    const token = await sign(payloadV1(issuer), p384.privateKey, {
      alg: 'ES384',
      kid: `#${fragment}`,
    });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({
      status: 'passed',
      details: { verificationMethod: `${issuer}#${fragment}` },
    });
  });

  it('passes an RS256 token whose key is in an HTTPS controller document', async () => {
    const method = {
      id: `${HTTPS_ISSUER}#key-1`,
      type: 'JsonWebKey',
      controller: HTTPS_ISSUER,
      publicKeyJwk: rsa.publicJwk,
    };
    const document = {
      id: HTTPS_ISSUER,
      verificationMethod: [method],
      assertionMethod: [method.id],
    };
    server.use(http.get(HTTPS_ISSUER, () => HttpResponse.json(document)));
    const token = await sign(credentialV2(HTTPS_ISSUER), rsa.privateKey, {
      alg: 'RS256',
      kid: method.id,
    });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({ status: 'passed', code: 'signature_valid' });
  });

  it('resolves a bare did:key kid to its one key (published Ed25519 key pair)', async () => {
    const key = await keyFromMultibasePair(keyPair);
    const issuer = `did:key:${keyPair.publicKeyMultibase}`;
    const token = await sign(credentialV2(issuer), key.privateKey, { alg: 'EdDSA', kid: issuer });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({ status: 'passed' });
    expect(result.verificationMethod).toBe(`${issuer}#${keyPair.publicKeyMultibase}`);
  });

  it('uses the did:key issuer as the key when there is no kid', async () => {
    const pair = multiKeyPairs.keyPair2;
    const key = await keyFromMultibasePair(pair);
    const issuer = `did:key:${pair.publicKeyMultibase}`;
    const token = await sign(payloadV1(issuer), key.privateKey, { alg: 'EdDSA' });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({ status: 'passed' });
  });

  it('does not judge expiry: an expired token still has a valid signature', async () => {
    const issuer = didJwkOf(ed25519.publicJwk);
    const payload = { ...credentialV2(issuer), exp: 1000, validUntil: '1970-01-01T00:16:40Z' };
    const token = await sign(payload, ed25519.privateKey, { alg: 'EdDSA', kid: `${issuer}#0` });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({ status: 'passed' });
  });
});

describe('when the key cannot be resolved', () => {
  it('is unknown when the DID document does not answer', async () => {
    server.use(http.get(COLLEGE_DOCUMENT, () => new HttpResponse(null, { status: 503 })));
    const token = await sign(payloadV1(COLLEGE), p256.privateKey, {
      alg: 'ES256',
      kid: `${COLLEGE}#key-1`,
    });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({
      status: 'unknown',
      code: 'did_document_unreachable',
      required: true,
      details: { verificationMethod: `${COLLEGE}#key-1` },
    });
    expect(result.resolution).toMatchObject({ ok: false, status: 'unknown' });
  });

  it('fails when the DID document does not exist', async () => {
    server.use(http.get(COLLEGE_DOCUMENT, () => new HttpResponse(null, { status: 404 })));
    const token = await sign(payloadV1(COLLEGE), p256.privateKey, {
      alg: 'ES256',
      kid: `${COLLEGE}#key-1`,
    });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({ status: 'failed', code: 'did_not_found' });
  });
});
