// VC-JWTs through the whole engine: the same report and verdict rule as Data Integrity credentials.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { credentialV2, payloadV1, SUBJECT, sign, unsignedToken } from '../jwt/tokens';
import { didJwkOf, didKeyOf, newKey } from '../keys/test-keys';
import { blocking, verify, verifyText } from '../support/engine';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('VC-JWT credentials', () => {
  it('verifies a VC 2.0 JWT signed with ES256 by its did:key issuer', async () => {
    const key = await newKey('ES256');
    const issuer = didKeyOf(key.publicJwk);
    const token = await sign(credentialV2(issuer), key.privateKey, {
      alg: 'ES256',
      typ: 'vc+jwt',
      kid: `${issuer}#${issuer.slice('did:key:'.length)}`,
    });

    const report = await verifyText(token);

    expect(report.verdict).toBe('valid');
    expect(report.format).toEqual({
      type: 'verifiable-credential',
      dataModel: 'vc-2.0',
      securing: 'vc-jwt',
    });
    expect(report.subject?.issuer).toEqual({ id: issuer, name: 'Example College' });
  });

  it('verifies a VC 1.1 JWT signed with EdDSA by its did:jwk issuer', async () => {
    const key = await newKey('EdDSA');
    const issuer = didJwkOf(key.publicJwk);
    // Only terms the VC 1.1 context defines: it has no @vocab, so safe mode refuses anything else.
    const vc = { issuer, credentialSubject: { id: SUBJECT } };
    const token = await sign(payloadV1(issuer, vc), key.privateKey, {
      alg: 'EdDSA',
      kid: `${issuer}#0`,
    });

    const report = await verifyText(token);

    expect(report.verdict).toBe('valid');
    expect(report.format.dataModel).toBe('vc-1.1');
    expect(report.subject?.validUntil).toBe('2030-01-01T00:00:00Z');
  });

  it('accepts an EnvelopedVerifiableCredential holding a VC-JWT', async () => {
    const key = await newKey('EdDSA');
    const issuer = didJwkOf(key.publicJwk);
    const token = await sign(credentialV2(issuer), key.privateKey, {
      alg: 'EdDSA',
      kid: `${issuer}#0`,
    });
    const envelope = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: `data:application/vc+jwt,${token}`,
      type: 'EnvelopedVerifiableCredential',
    };

    const report = await verify({ kind: 'json', value: envelope });

    expect(report.verdict).toBe('valid');
    expect(report.format.securing).toBe('enveloped');
  });

  it('fails an expired VC-JWT on its validity period, not on its proof', async () => {
    const key = await newKey('EdDSA');
    const issuer = didJwkOf(key.publicJwk);
    const credential = credentialV2(issuer, { validUntil: '2025-01-01T00:00:00Z' });
    const token = await sign(credential, key.privateKey, { alg: 'EdDSA', kid: `${issuer}#0` });

    const report = await verifyText(token);

    expect(report.verdict).toBe('invalid');
    expect(blocking(report)).toEqual(['validity_period']);
    expect(report.authentic).toBe(true);
  });
});

describe('VC-JWT attacks', () => {
  it('refuses alg none', async () => {
    const key = await newKey('EdDSA');
    const issuer = didJwkOf(key.publicJwk);
    const token = unsignedToken({ alg: 'none', kid: `${issuer}#0` }, credentialV2(issuer));

    const report = await verifyText(token);

    expect(report.verdict).toBe('invalid');
    expect(report.checks.find((c) => c.id === 'proof')?.code).toBe('jwt_algorithm_refused');
  });

  it('refuses a token whose only key is carried inside it', async () => {
    const key = await newKey('EdDSA');
    const issuer = 'https://issuer.example/profile';
    const token = await sign(credentialV2(issuer), key.privateKey, {
      alg: 'EdDSA',
      jwk: key.publicJwk,
    });

    const report = await verifyText(token);

    expect(report.verdict).toBe('invalid');
    expect(report.checks.find((c) => c.id === 'proof')?.code).toBe('jwt_key_not_bound');
  });

  it('fails a token signed by one did:key that names another as issuer', async () => {
    const signer = await newKey('EdDSA');
    const victim = didKeyOf((await newKey('EdDSA')).publicJwk);
    const signerDid = didKeyOf(signer.publicJwk);
    const token = await sign(credentialV2(victim), signer.privateKey, {
      alg: 'EdDSA',
      kid: `${signerDid}#${signerDid.slice('did:key:'.length)}`,
    });

    const report = await verifyText(token);

    expect(report.verdict).toBe('invalid');
    expect(report.checks.find((c) => c.id === 'issuer_binding')?.code).toBe(
      'issuer_not_controller',
    );
  });
});

describe('VC 1.1 JWT with terms its contexts do not define', () => {
  it('fails the context check in safe mode rather than dropping the terms', async () => {
    const key = await newKey('EdDSA');
    const issuer = didJwkOf(key.publicJwk);
    const token = await sign(payloadV1(issuer), key.privateKey, {
      alg: 'EdDSA',
      kid: `${issuer}#0`,
    });

    const report = await verifyText(token);

    expect(report.verdict).toBe('invalid');
    expect(report.checks.find((c) => c.id === 'context')?.code).toBe('jsonld_unsafe');
  });
});
