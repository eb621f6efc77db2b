// Verification method key formats turned into JWKs: Multikey, Ed25519 2020 and 2018, JsonWebKey.
import { base64url } from 'jose';
import { describe, expect, it } from 'vitest';
import { methodPublicKey } from '../../../src/verify/keys/verification-method';
import keyPair from '../../fixtures/vc-di/w3c-vc-di-eddsa/keyPair.json';
import { ED25519_SEED_ZERO, P256_VECTORS, P384_VECTORS } from './did-key-vectors';
import { CODEC, multibase } from './test-keys';

const ED25519 = keyPair.publicKeyMultibase;
const P256 = P256_VECTORS[0] as (typeof P256_VECTORS)[0];
const P384 = P384_VECTORS[0] as (typeof P384_VECTORS)[0];

function multibaseOf(did: string): string {
  return did.slice('did:key:'.length);
}

describe('Multikey', () => {
  it('reads an Ed25519 key', () => {
    const key = methodPublicKey({ type: 'Multikey', publicKeyMultibase: ED25519 });

    expect(key).toMatchObject({ ok: true, jwk: { kty: 'OKP', crv: 'Ed25519' } });
  });

  it('reads a P-256 key', () => {
    const key = methodPublicKey({ type: 'Multikey', publicKeyMultibase: multibaseOf(P256.did) });

    expect(key).toEqual({ ok: true, jwk: { kty: 'EC', crv: 'P-256', x: P256.x, y: P256.y } });
  });

  it('reads a P-384 key', () => {
    const key = methodPublicKey({ type: 'Multikey', publicKeyMultibase: multibaseOf(P384.did) });

    expect(key).toEqual({ ok: true, jwk: { kty: 'EC', crv: 'P-384', x: P384.x, y: P384.y } });
  });

  it('refuses multibase other than base58btc', () => {
    const key = methodPublicKey({
      type: 'Multikey',
      publicKeyMultibase: `u${base64url.encode('key')}`,
    });

    expect(key).toMatchObject({ ok: false, code: 'key_malformed' });
  });

  it('refuses an X25519 key, which cannot sign', () => {
    const x25519 = multibase(CODEC.x25519, new Uint8Array(32).fill(9));
    const key = methodPublicKey({ type: 'Multikey', publicKeyMultibase: x25519 });

    expect(key).toMatchObject({ ok: false, code: 'key_format_unsupported' });
  });
});

describe('Ed25519 verification keys', () => {
  it('reads an Ed25519VerificationKey2020', () => {
    const key = methodPublicKey({
      type: 'Ed25519VerificationKey2020',
      publicKeyMultibase: ED25519,
    });

    expect(key).toMatchObject({ ok: true, jwk: { kty: 'OKP', crv: 'Ed25519' } });
  });

  it('refuses an Ed25519VerificationKey2020 holding a P-256 key', () => {
    const key = methodPublicKey({
      type: 'Ed25519VerificationKey2020',
      publicKeyMultibase: multibaseOf(P256.did),
    });

    expect(key).toMatchObject({ ok: false, code: 'key_malformed' });
  });

  it('reads an Ed25519VerificationKey2018 as the same key as its did:key', () => {
    const from2018 = methodPublicKey({
      type: 'Ed25519VerificationKey2018',
      publicKeyBase58: ED25519_SEED_ZERO.publicKeyBase58,
    });
    const fromMultikey = methodPublicKey({
      type: 'Multikey',
      publicKeyMultibase: multibaseOf(ED25519_SEED_ZERO.did),
    });

    expect(from2018).toEqual(fromMultikey);
    expect(from2018.ok).toBe(true);
  });

  it('refuses an Ed25519VerificationKey2018 of the wrong length', () => {
    const key = methodPublicKey({ type: 'Ed25519VerificationKey2018', publicKeyBase58: '4zvwRjX' });

    expect(key).toMatchObject({ ok: false, code: 'key_malformed' });
  });
});

describe('JSON Web Keys', () => {
  const jwk = { kty: 'EC', crv: 'P-256', x: P256.x, y: P256.y };

  it.each(['JsonWebKey2020', 'JsonWebKey'])('reads a %s', (type) => {
    expect(methodPublicKey({ type, publicKeyJwk: jwk })).toEqual({ ok: true, jwk });
  });

  it('refuses a published key that contains the private key', () => {
    const key = methodPublicKey({
      type: 'JsonWebKey2020',
      publicKeyJwk: { ...jwk, d: 'c2VjcmV0' },
    });

    expect(key).toMatchObject({ ok: false, code: 'key_private_material' });
  });

  it('refuses a secp256k1 JWK', () => {
    const key = methodPublicKey({
      type: 'JsonWebKey2020',
      publicKeyJwk: { ...jwk, crv: 'secp256k1' },
    });

    expect(key).toMatchObject({ ok: false, code: 'key_format_unsupported' });
  });
});

describe('other key formats', () => {
  it('names the unsupported type', () => {
    const key = methodPublicKey({
      type: 'EcdsaSecp256k1VerificationKey2019',
      publicKeyHex: '02ab',
    });

    expect(key).toMatchObject({
      ok: false,
      code: 'key_format_unsupported',
      message: expect.stringContaining('EcdsaSecp256k1VerificationKey2019'),
    });
  });
});
