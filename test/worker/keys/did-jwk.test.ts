// did:jwk resolves locally: the DID is the key; private keys and encryption keys are refused.
import { exportJWK, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveVerificationMethod } from '../../../src/verify/keys';
import { offlineFetcher } from './http-fetcher';
import { didJwkOf, newKey, type TestKey } from './test-keys';

let ed25519: TestKey;
let rsa: TestKey;

beforeAll(async () => {
  ed25519 = await newKey('EdDSA');
  rsa = await newKey('RS256');
});

describe('did:jwk', () => {
  it('resolves #0 to the encoded key, controlled by the DID', async () => {
    const did = didJwkOf(ed25519.publicJwk);
    const resolution = await resolveVerificationMethod(`${did}#0`, offlineFetcher);

    expect(resolution).toEqual({
      ok: true,
      key: {
        id: `${did}#0`,
        controller: did,
        assertionMethod: true,
        publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: ed25519.publicJwk.x },
        insecure: false,
      },
    });
  });

  it('reads a bare did:jwk as #0', async () => {
    const did = didJwkOf(ed25519.publicJwk);
    const resolution = await resolveVerificationMethod(did, offlineFetcher);

    expect(resolution.ok && resolution.key.id).toBe(`${did}#0`);
  });

  it('resolves an RSA key', async () => {
    const resolution = await resolveVerificationMethod(didJwkOf(rsa.publicJwk), offlineFetcher);

    expect(resolution.ok && resolution.key.publicKeyJwk).toEqual({
      kty: 'RSA',
      n: rsa.publicJwk.n,
      e: rsa.publicJwk.e,
    });
  });

  it('does not authorise a key marked for encryption as an assertion method', async () => {
    const did = didJwkOf({ ...ed25519.publicJwk, use: 'enc' });
    const resolution = await resolveVerificationMethod(did, offlineFetcher);

    expect(resolution.ok && resolution.key.assertionMethod).toBe(false);
  });

  it('refuses a fragment other than #0', async () => {
    const resolution = await resolveVerificationMethod(
      `${didJwkOf(ed25519.publicJwk)}#1`,
      offlineFetcher,
    );

    expect(resolution).toMatchObject({ ok: false, status: 'failed', code: 'key_not_found' });
  });

  it('refuses an identifier that is not base64url JSON', async () => {
    const resolution = await resolveVerificationMethod('did:jwk:bm90IGpzb24', offlineFetcher);

    expect(resolution).toMatchObject({ ok: false, code: 'did_jwk_malformed' });
  });
});

describe('did:jwk private material', () => {
  it('refuses a JWK that carries the private key', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { extractable: true });
    const did = didJwkOf(await exportJWK(privateKey));

    const resolution = await resolveVerificationMethod(did, offlineFetcher);

    expect(resolution).toMatchObject({ ok: false, status: 'failed', code: 'key_private_material' });
  });

  it('refuses a symmetric (oct) key', async () => {
    const did = didJwkOf({ kty: 'oct', k: 'c2VjcmV0' });
    const resolution = await resolveVerificationMethod(did, offlineFetcher);

    expect(resolution).toMatchObject({ ok: false, code: 'key_private_material' });
  });
});
