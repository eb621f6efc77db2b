// Attacks on VC-JWT proofs: tampering, swapped keys, algorithm confusion, self-carried keys.
import { exportJWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { httpFetcher } from '../keys/http-fetcher';
import { didJwkOf, didKeyOf, newKey, type TestKey } from '../keys/test-keys';
import { credentialV2, sign, unsignedToken, verifyToken, withPayload } from './tokens';

let keyA: TestKey;
let keyB: TestKey;
let p256: TestKey;
let rsa: TestKey;
let issuerA: string;

beforeAll(async () => {
  [keyA, keyB, p256, rsa] = await Promise.all([
    newKey('EdDSA'),
    newKey('EdDSA'),
    newKey('ES256'),
    newKey('RS256'),
  ]);
  issuerA = didJwkOf(keyA.publicJwk);
});

describe('tampering', () => {
  it('fails a token whose payload was changed after signing', async () => {
    const token = await sign(credentialV2(issuerA), keyA.privateKey, {
      alg: 'EdDSA',
      kid: `${issuerA}#0`,
    });
    const forged = credentialV2(issuerA, { credentialSubject: { id: 'did:example:mallory' } });

    const result = await verifyToken(withPayload(token, forged), httpFetcher());

    expect(result.check).toMatchObject({ status: 'failed', code: 'signature_invalid' });
  });

  it('fails a token signed by key B that names key A', async () => {
    const token = await sign(credentialV2(issuerA), keyB.privateKey, {
      alg: 'EdDSA',
      kid: `${issuerA}#0`,
    });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({ status: 'failed', code: 'signature_invalid' });
    expect(result.resolution).toMatchObject({ ok: true, key: { controller: issuerA } });
  });
});

describe('refused algorithms', () => {
  it('refuses alg none without looking up any key', async () => {
    const fetcher = httpFetcher();
    const token = unsignedToken({ alg: 'none', kid: `${issuerA}#0` }, credentialV2(issuerA));

    const result = await verifyToken(token, fetcher);

    expect(result.check).toMatchObject({ status: 'failed', code: 'jwt_algorithm_refused' });
    expect(fetcher.urls).toEqual([]);
  });

  it.each(['HS256', 'HS384', 'HS512'] as const)(
    'refuses %s made with the public key as the secret (algorithm confusion)',
    async (alg) => {
      const secret = new TextEncoder().encode(JSON.stringify(keyA.publicJwk));
      const token = await sign(credentialV2(issuerA), secret, { alg, kid: `${issuerA}#0` });

      const result = await verifyToken(token, httpFetcher());

      expect(result.check).toMatchObject({
        status: 'failed',
        code: 'jwt_algorithm_refused',
        details: { alg },
      });
    },
  );

  it('refuses an algorithm outside the allowed list (PS256)', async () => {
    const token = unsignedToken(
      { alg: 'PS256', kid: `${issuerA}#0` },
      credentialV2(issuerA),
      'c2ln',
    );

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({ status: 'failed', code: 'jwt_algorithm_refused' });
  });
});

describe('algorithm and key mismatch', () => {
  it('fails an ES256 header on a token whose kid names an RSA key', async () => {
    const issuer = didJwkOf(rsa.publicJwk);
    const token = await sign(credentialV2(issuer), p256.privateKey, {
      alg: 'ES256',
      kid: `${issuer}#0`,
    });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({ status: 'failed', code: 'jwt_algorithm_key_mismatch' });
  });

  it('fails an ES256 header on a token whose kid names an Ed25519 key', async () => {
    const issuer = didKeyOf(keyA.publicJwk);
    const token = await sign(credentialV2(issuer), p256.privateKey, { alg: 'ES256', kid: issuer });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({ status: 'failed', code: 'jwt_algorithm_key_mismatch' });
  });

  it('fails an RS256 header when the key states it is for another algorithm', async () => {
    const issuer = didJwkOf({ ...rsa.publicJwk, alg: 'RS512' });
    const token = await sign(credentialV2(issuer), rsa.privateKey, {
      alg: 'RS256',
      kid: `${issuer}#0`,
    });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({ status: 'failed', code: 'jwt_algorithm_key_mismatch' });
  });
});

describe('keys the token carries itself', () => {
  it('fails a token with an embedded jwk header and no kid', async () => {
    const token = await sign(credentialV2('did:web:college.example'), keyB.privateKey, {
      alg: 'EdDSA',
      jwk: await exportJWK(keyB.privateKey).then(({ kty, crv, x }) => ({ kty, crv, x })),
    });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({
      status: 'failed',
      code: 'jwt_key_not_bound',
      message: expect.stringContaining('a key carried inside the token proves nothing'),
    });
  });

  it('fails a token with a jku header and no kid, without fetching it', async () => {
    const fetcher = httpFetcher();
    const token = await sign(credentialV2('did:web:college.example'), keyB.privateKey, {
      alg: 'EdDSA',
      jku: 'https://attacker.example/jwks.json',
    });

    const result = await verifyToken(token, fetcher);

    expect(result.check).toMatchObject({ status: 'failed', code: 'jwt_key_not_bound' });
    expect(fetcher.urls).toEqual([]);
  });

  it('ignores an embedded jwk when a kid names the issuer key', async () => {
    const token = await sign(credentialV2(issuerA), keyB.privateKey, {
      alg: 'EdDSA',
      kid: `${issuerA}#0`,
      jwk: keyB.publicJwk,
    });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({ status: 'failed', code: 'signature_invalid' });
  });

  it('fails a token that names no key at all', async () => {
    const token = await sign(credentialV2('did:web:college.example'), keyB.privateKey, {
      alg: 'EdDSA',
    });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({ status: 'failed', code: 'jwt_kid_missing' });
  });
});

describe('a key of another identity', () => {
  it('reports the controller of the key it used, so the issuer binding can refuse it', async () => {
    const attacker = didJwkOf(keyB.publicJwk);
    const token = await sign(credentialV2(issuerA), keyB.privateKey, {
      alg: 'EdDSA',
      kid: `${attacker}#0`,
    });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({ status: 'passed' });
    expect(result.resolution).toMatchObject({ ok: true, key: { controller: attacker } });
  });

  it('fails a kid that is neither a DID URL nor an absolute URL', async () => {
    const token = await sign(credentialV2(issuerA), keyA.privateKey, {
      alg: 'EdDSA',
      kid: 'key-1',
    });

    const result = await verifyToken(token, httpFetcher());

    expect(result.check).toMatchObject({ status: 'failed', code: 'jwt_kid_unresolvable' });
  });
});
