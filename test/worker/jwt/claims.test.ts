// Registered claims that restate credential properties must agree with them, or the proof fails.
import { beforeAll, describe, expect, it } from 'vitest';
import { httpFetcher } from '../keys/http-fetcher';
import { didJwkOf, newKey, type TestKey } from '../keys/test-keys';
import { credentialV2, payloadV1, sign, verifyToken } from './tokens';

let key: TestKey;
let issuer: string;

beforeAll(async () => {
  key = await newKey('ES256');
  issuer = didJwkOf(key.publicJwk);
});

async function verifyPayload(payload: Record<string, unknown>) {
  const token = await sign(payload, key.privateKey, { alg: 'ES256', kid: `${issuer}#0` });
  return verifyToken(token, httpFetcher());
}

describe('VC 1.1 claims against the vc claim', () => {
  it('passes when every restated claim agrees', async () => {
    const result = await verifyPayload(payloadV1(issuer));

    expect(result.check).toMatchObject({ status: 'passed' });
  });

  it.each([
    ['iss', { issuer: 'did:web:other.example' }],
    ['jti', { id: 'urn:uuid:00000000-0000-4000-8000-000000000000' }],
    ['sub', { credentialSubject: { id: 'did:example:someone-else' } }],
    ['nbf', { issuanceDate: '2023-06-01T00:00:00Z' }],
    ['exp', { expirationDate: '2031-01-01T00:00:00Z' }],
  ])('fails when %s disagrees', async (claim, vc) => {
    const result = await verifyPayload(payloadV1(issuer, vc));

    expect(result.check).toMatchObject({
      status: 'failed',
      code: 'jwt_claims_mismatch',
      message: expect.stringContaining(`"${claim}"`),
    });
  });

  it('fails when the iss differs from an issuer object id', async () => {
    const result = await verifyPayload(
      payloadV1(issuer, { issuer: { id: 'did:web:other.example' } }),
    );

    expect(result.check).toMatchObject({ code: 'jwt_claims_mismatch' });
  });

  it('accepts an issuanceDate with fractional seconds equal to nbf', async () => {
    const result = await verifyPayload(
      payloadV1(issuer, { issuanceDate: '2024-01-01T00:00:00.250Z' }),
    );

    expect(result.check).toMatchObject({ status: 'passed' });
  });
});

describe('VC 2.0 iss against the issuer', () => {
  it('passes when iss equals the issuer id', async () => {
    const result = await verifyPayload({ ...credentialV2(issuer), iss: issuer });

    expect(result.check).toMatchObject({ status: 'passed' });
  });

  it('fails when iss names another issuer', async () => {
    const result = await verifyPayload({ ...credentialV2(issuer), iss: 'did:web:other.example' });

    expect(result.check).toMatchObject({
      status: 'failed',
      code: 'jwt_claims_mismatch',
      message: expect.stringContaining('"iss"'),
    });
  });
});
