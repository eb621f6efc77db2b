// did:key resolves locally: Ed25519, P-256 and P-384 keys, and malformed identifiers.
import { base64url, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { resolveVerificationMethod } from '../../../src/verify/keys';
import { decodeBase58 } from '../../../src/verify/encoding/base58btc';
import keyPair from '../../fixtures/vc-di/w3c-vc-di-eddsa/keyPair.json';
import { P256_VECTORS, P384_VECTORS } from './did-key-vectors';
import { offlineFetcher } from './http-fetcher';
import { CODEC, multibase } from './test-keys';

const ED25519 = keyPair.publicKeyMultibase;
const P256_P = 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n;

function bigintOf(b64: string): bigint {
  return BigInt(`0x${Buffer.from(base64url.decode(b64)).toString('hex')}`);
}

describe('did:key', () => {
  it('derives the Ed25519 key and its controller without the network', async () => {
    const did = `did:key:${ED25519}`;
    const resolution = await resolveVerificationMethod(`${did}#${ED25519}`, offlineFetcher);

    const raw = (decodeBase58(ED25519.slice(1)) as Uint8Array).slice(2);
    expect(resolution).toEqual({
      ok: true,
      key: {
        id: `${did}#${ED25519}`,
        controller: did,
        assertionMethod: true,
        publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: base64url.encode(raw) },
        insecure: false,
      },
    });
  });

  it('reads a bare did:key as its one key', async () => {
    const resolution = await resolveVerificationMethod(`did:key:${ED25519}`, offlineFetcher);

    expect(resolution.ok && resolution.key.id).toBe(`did:key:${ED25519}#${ED25519}`);
  });

  it.each(P256_VECTORS)('decompresses the published P-256 key $did', async (vector) => {
    const resolution = await resolveVerificationMethod(vector.did, offlineFetcher);

    expect(resolution.ok && resolution.key.publicKeyJwk).toEqual({
      kty: 'EC',
      crv: 'P-256',
      x: vector.x,
      y: vector.y,
    });
  });

  it.each(P384_VECTORS)('decompresses the published P-384 key $did', async (vector) => {
    const resolution = await resolveVerificationMethod(vector.did, offlineFetcher);

    expect(resolution.ok && resolution.key.publicKeyJwk).toEqual({
      kty: 'EC',
      crv: 'P-384',
      x: vector.x,
      y: vector.y,
    });
  });

  it('picks the even y for a 02-prefixed point', async () => {
    const vector = P256_VECTORS[0] as (typeof P256_VECTORS)[0];
    const even = Uint8Array.from([0x02, ...base64url.decode(vector.x)]);
    const resolution = await resolveVerificationMethod(
      `did:key:${multibase(CODEC.p256, even)}`,
      offlineFetcher,
    );

    if (!resolution.ok) throw new Error(resolution.code);
    const jwk = resolution.key.publicKeyJwk;
    expect(bigintOf(jwk.y as string)).toBe(P256_P - bigintOf(vector.y));
    await expect(importJWK(jwk, 'ES256')).resolves.toBeDefined();
  });

  it('refuses a fragment that names another key', async () => {
    const other = (P256_VECTORS[0] as { did: string }).did.slice('did:key:'.length);
    const resolution = await resolveVerificationMethod(
      `did:key:${ED25519}#${other}`,
      offlineFetcher,
    );

    expect(resolution).toMatchObject({ ok: false, status: 'failed', code: 'key_not_found' });
  });
});

describe('malformed did:key', () => {
  it('refuses text outside the base58 alphabet', async () => {
    const resolution = await resolveVerificationMethod('did:key:z6Mk0OIl', offlineFetcher);

    expect(resolution).toMatchObject({ ok: false, status: 'failed', code: 'did_key_malformed' });
  });

  it('refuses an identifier that is not base58btc multibase', async () => {
    const resolution = await resolveVerificationMethod('did:key:u7QEAAAA', offlineFetcher);

    expect(resolution).toMatchObject({ ok: false, code: 'did_key_malformed' });
  });

  it('refuses an Ed25519 key of the wrong length', async () => {
    const short = multibase(CODEC.ed25519, new Uint8Array(31).fill(7));
    const resolution = await resolveVerificationMethod(`did:key:${short}`, offlineFetcher);

    expect(resolution).toMatchObject({ ok: false, code: 'did_key_malformed' });
  });

  it('refuses a P-256 x coordinate outside the field', async () => {
    const bytes = Buffer.from(P256_P.toString(16), 'hex');
    const point = multibase(CODEC.p256, Uint8Array.from([0x02, ...bytes]));
    const resolution = await resolveVerificationMethod(`did:key:${point}`, offlineFetcher);

    expect(resolution).toMatchObject({ ok: false, code: 'did_key_malformed' });
  });

  it('reports an unsupported curve (secp256k1) as unsupported, not malformed', async () => {
    const key = multibase(CODEC.secp256k1, new Uint8Array(33).fill(2));
    const resolution = await resolveVerificationMethod(`did:key:${key}`, offlineFetcher);

    expect(resolution).toMatchObject({ ok: false, code: 'key_format_unsupported' });
  });
});
