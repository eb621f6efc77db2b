// VP-JWTs: VC 1.1 (`vp` claim; `nonce`, `aud`, `iss`) and VC 2.0 (`vp+jwt`, the payload is the
// presentation), holding VC-JWTs, under the same algorithm rules as VC-JWTs.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { credentialV2, payloadV1, sign, unsignedToken } from '../jwt/tokens';
import { keyFromMultibasePair, newKey, type TestKey } from '../keys/test-keys';
import {
  checksOf,
  codesOf,
  DOMAIN,
  HOLDER,
  holderKey,
  ISSUER,
  issued,
  issuerKey,
  NONCE,
  NOW,
  presentationOf,
  verifyPresentationValue,
} from './support';

const server = setupServer();
let holder: TestKey;
let issuer: TestKey;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  [holder, issuer] = await Promise.all([
    keyFromMultibasePair(holderKey),
    keyFromMultibasePair(issuerKey),
  ]);
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const HOLDER_KID = `${HOLDER}#${HOLDER.slice('did:key:'.length)}`;
const ISSUER_KID = `${ISSUER}#${ISSUER.slice('did:key:'.length)}`;
const V1 = 'https://www.w3.org/2018/credentials/v1';
const SECONDS = NOW.getTime() / 1000;

/** A VC 1.1 VC-JWT issued to the holder (only terms the VC 1.1 context defines). */
function credentialJwtV1(subject = HOLDER): Promise<string> {
  const payload = payloadV1(ISSUER, { issuer: ISSUER, credentialSubject: { id: subject } });
  return sign({ ...payload, sub: subject }, issuer.privateKey, { alg: 'EdDSA', kid: ISSUER_KID });
}

/** A VC 2.0 VC-JWT issued to the holder, in an EnvelopedVerifiableCredential. */
async function envelopedV2(): Promise<Record<string, unknown>> {
  const credential = credentialV2(ISSUER, { credentialSubject: { id: HOLDER, name: 'Data' } });
  const header = { alg: 'EdDSA', typ: 'vc+jwt', kid: ISSUER_KID };
  const token = await sign(credential, issuer.privateKey, header);
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: `data:application/vc+jwt,${token}`,
    type: 'EnvelopedVerifiableCredential',
  };
}

async function vpJwtV1(claims: Record<string, unknown> = {}): Promise<string> {
  const vp = {
    '@context': [V1],
    type: ['VerifiablePresentation'],
    verifiableCredential: [await credentialJwtV1()],
  };
  const payload = { iss: HOLDER, aud: DOMAIN, nonce: NONCE, iat: SECONDS, vp, ...claims };
  return sign(payload, holder.privateKey, { alg: 'EdDSA', typ: 'JWT', kid: HOLDER_KID });
}

async function vpJwtV2(claims: Record<string, unknown> = {}): Promise<string> {
  const payload = {
    ...presentationOf([await envelopedV2()]),
    nonce: NONCE,
    aud: DOMAIN,
    ...claims,
  };
  return sign(payload, holder.privateKey, { alg: 'EdDSA', typ: 'vp+jwt', kid: HOLDER_KID });
}

describe('VC 1.1 VP-JWT', () => {
  it('is valid when the holder signs with the nonce as `nonce`, the domain as `aud`', async () => {
    const report = await verifyPresentationValue(await vpJwtV1(), issued());

    expect(report.verdict).toBe('valid');
    expect(report.format).toEqual({
      type: 'verifiable-presentation',
      dataModel: 'vc-1.1',
      securing: 'vc-jwt',
    });
    expect(codesOf(report, 'challenge')).toEqual(['challenge_valid']);
    expect(codesOf(report, 'holder_binding')).toEqual(['holder_controls_key', 'subject_is_holder']);
  });

  it('verifies the embedded VC-JWT in full, in its own report', async () => {
    const report = await verifyPresentationValue(await vpJwtV1(), issued());

    expect(report.credentials).toHaveLength(1);
    expect(report.credentials?.[0]).toMatchObject({
      verdict: 'valid',
      format: { dataModel: 'vc-1.1', securing: 'vc-jwt' },
    });
  });

  it('takes `iss` as the holder', async () => {
    const token = await vpJwtV1({ iss: HOLDER });

    const report = await verifyPresentationValue(token, issued());

    expect(checksOf(report, 'holder_binding')[0]?.details).toMatchObject({ holder: HOLDER });
  });

  it('fails a token answering another nonce', async () => {
    const report = await verifyPresentationValue(await vpJwtV1({ nonce: 'other' }), issued());

    expect(codesOf(report, 'challenge')).toEqual(['challenge_mismatch']);
    expect(report.verdict).toBe('invalid');
  });

  it('fails a token for another audience', async () => {
    const token = await vpJwtV1({ aud: ['verifier.example'] });

    const report = await verifyPresentationValue(token, issued());

    expect(codesOf(report, 'challenge')).toEqual(['domain_mismatch']);
  });

  it('fails a token whose `exp` has passed', async () => {
    const token = await vpJwtV1({ exp: SECONDS - 3600 });

    const report = await verifyPresentationValue(token, issued());

    expect(checksOf(report, 'validity_period')).toMatchObject([
      { status: 'failed', code: 'expired' },
    ]);
    expect(report.verdict).toBe('invalid');
  });

  it('fails a token whose `iss` contradicts the holder', async () => {
    const vp = { '@context': [V1], type: ['VerifiablePresentation'], holder: 'did:example:other' };
    const token = await vpJwtV1({ vp });

    const report = await verifyPresentationValue(token, issued());

    expect(codesOf(report, 'proof')).toEqual(['jwt_claims_mismatch']);
  });
});

describe('VC 2.0 VP-JWT (vp+jwt)', () => {
  it('is valid when signed by the holder, holding an enveloped VC-JWT', async () => {
    const report = await verifyPresentationValue(await vpJwtV2(), issued());

    expect(report.verdict).toBe('valid');
    expect(report.format).toEqual({
      type: 'verifiable-presentation',
      dataModel: 'vc-2.0',
      securing: 'vc-jwt',
    });
    expect(report.credentials?.[0]).toMatchObject({
      verdict: 'valid',
      format: { securing: 'enveloped' },
    });
    expect(codesOf(report, 'holder_binding')).toEqual(['holder_controls_key', 'subject_is_holder']);
  });

  it('fails a replayed token whose nonce was already used', async () => {
    const report = await verifyPresentationValue(await vpJwtV2(), issued('used'));

    expect(codesOf(report, 'challenge')).toEqual(['challenge_used']);
    expect(report.verdict).toBe('invalid');
  });

  it('is not applicable without nonce when none was issued, with a replay warning', async () => {
    const token = await vpJwtV2({ nonce: undefined, aud: undefined });

    const report = await verifyPresentationValue(token);

    expect(codesOf(report, 'challenge')).toEqual(['challenge_not_requested', 'replay_possible']);
    expect(report.verdict).toBe('valid');
  });
});

describe('attacks on VP-JWTs', () => {
  it('refuses alg none', async () => {
    const payload = { ...presentationOf([]), nonce: NONCE, aud: DOMAIN };
    const token = unsignedToken({ alg: 'none', typ: 'vp+jwt', kid: HOLDER_KID }, payload);

    const report = await verifyPresentationValue(token, issued());

    expect(checksOf(report, 'proof')).toMatchObject([
      { status: 'failed', code: 'jwt_algorithm_refused', details: { alg: 'none' } },
    ]);
    expect(report.verdict).toBe('invalid');
    expect(report.authentic).toBe(false);
  });

  it('refuses an HMAC token', async () => {
    const secret = new TextEncoder().encode('a shared secret anyone could guess');
    const payload = { ...presentationOf([]), nonce: NONCE, aud: DOMAIN };
    const token = await sign(payload, secret, { alg: 'HS256', typ: 'vp+jwt', kid: HOLDER_KID });

    const report = await verifyPresentationValue(token, issued());

    expect(codesOf(report, 'proof')).toEqual(['jwt_algorithm_refused']);
  });

  it('never takes the key from an embedded jwk', async () => {
    const attacker = await newKey('EdDSA');
    const payload = { ...presentationOf([]), nonce: NONCE, aud: DOMAIN };
    const header = { alg: 'EdDSA', typ: 'vp+jwt', jwk: attacker.publicJwk };
    const token = await sign(payload, attacker.privateKey, header);

    const report = await verifyPresentationValue(token, issued());

    expect(codesOf(report, 'proof')).toEqual(['jwt_key_not_bound']);
    expect(report.verdict).toBe('invalid');
  });

  it('fails a token signed by another key than the holder’s kid names', async () => {
    const attacker = await newKey('EdDSA');
    const payload = { ...presentationOf([]), nonce: NONCE, aud: DOMAIN };
    const token = await sign(payload, attacker.privateKey, { alg: 'EdDSA', kid: HOLDER_KID });

    const report = await verifyPresentationValue(token, issued());

    expect(codesOf(report, 'proof')).toEqual(['signature_invalid']);
  });
});
