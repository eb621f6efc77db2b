// Decoding VC-JWTs: which data model, and the credential rebuilt from the VC 1.1 encoding.
import { describe, expect, it } from 'vitest';
import { decodeVcJwt } from '../../../src/verify/jwt';
import { CREDENTIAL_ID, credentialV2, payloadV1, SUBJECT, unsignedToken } from './tokens';

const ISSUER = 'did:web:college.example';

describe('VC 2.0 (VC-JOSE-COSE)', () => {
  it.each(['vc+jwt', 'vc-ld+jwt', 'application/vc+jwt'])(
    'takes the payload as the credential (typ %s)',
    (typ) => {
      const payload = credentialV2(ISSUER);

      const decoded = decodeVcJwt(unsignedToken({ alg: 'EdDSA', typ }, payload, 'c2ln'));

      expect(decoded).toMatchObject({ ok: true, dataModel: 'vc-2.0', credential: payload });
    },
  );

  it('takes a payload with @context as the credential even without typ', () => {
    const decoded = decodeVcJwt(unsignedToken({ alg: 'EdDSA' }, credentialV2(ISSUER), 'c2ln'));

    expect(decoded).toMatchObject({ ok: true, dataModel: 'vc-2.0' });
  });

  it('reports the 1.1 data model for a payload credential with the 1.1 context', () => {
    const payload = {
      ...credentialV2(ISSUER),
      '@context': ['https://www.w3.org/2018/credentials/v1'],
    };

    const decoded = decodeVcJwt(unsignedToken({ alg: 'EdDSA' }, payload, 'c2ln'));

    expect(decoded).toMatchObject({ ok: true, dataModel: 'vc-1.1' });
  });

  it('refuses a vc+jwt whose payload has no @context', () => {
    const decoded = decodeVcJwt(
      unsignedToken({ alg: 'EdDSA', typ: 'vc+jwt' }, { iss: ISSUER }, 'c2ln'),
    );

    expect(decoded).toMatchObject({ ok: false, code: 'jwt_not_a_credential' });
  });
});

describe('VC 1.1 JWT encoding', () => {
  const bare = {
    iss: ISSUER,
    jti: CREDENTIAL_ID,
    sub: SUBJECT,
    nbf: 1704067200,
    exp: 1893456000,
    vc: {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      type: ['VerifiableCredential'],
      issuer: { name: 'Example College' },
      credentialSubject: { name: 'Data analysis' },
    },
  };

  it('rebuilds issuer, id, subject id and dates from the registered claims', () => {
    const decoded = decodeVcJwt(unsignedToken({ alg: 'ES256', typ: 'JWT' }, bare, 'c2ln'));

    expect(decoded).toMatchObject({
      ok: true,
      dataModel: 'vc-1.1',
      credential: {
        issuer: { id: ISSUER, name: 'Example College' },
        id: CREDENTIAL_ID,
        credentialSubject: { id: SUBJECT, name: 'Data analysis' },
        issuanceDate: '2024-01-01T00:00:00Z',
        expirationDate: '2030-01-01T00:00:00Z',
      },
    });
  });

  it('sets a string issuer from iss', () => {
    const payload = { ...bare, vc: { ...bare.vc, issuer: undefined } };

    const decoded = decodeVcJwt(unsignedToken({ alg: 'ES256' }, payload, 'c2ln'));

    expect(decoded.ok && decoded.credential.issuer).toBe(ISSUER);
  });

  it('keeps the payload untouched', () => {
    const decoded = decodeVcJwt(unsignedToken({ alg: 'ES256' }, payloadV1(ISSUER), 'c2ln'));

    expect(decoded.ok && decoded.payload).toEqual(payloadV1(ISSUER));
  });

  it('refuses a date claim that is not a number', () => {
    const payload = { ...bare, nbf: '2024-01-01' };

    const decoded = decodeVcJwt(unsignedToken({ alg: 'ES256' }, payload, 'c2ln'));

    expect(decoded).toMatchObject({
      ok: false,
      code: 'jwt_claim_malformed',
      message: expect.stringContaining('"nbf"'),
    });
  });
});

describe('not a VC-JWT', () => {
  it('refuses text that is not a JWT', () => {
    expect(decodeVcJwt('not.a.jwt')).toMatchObject({ ok: false, code: 'jwt_malformed' });
  });

  it('refuses a JWT that carries no credential', () => {
    const decoded = decodeVcJwt(
      unsignedToken({ alg: 'ES256' }, { iss: ISSUER, sub: SUBJECT }, 'c2ln'),
    );

    expect(decoded).toMatchObject({ ok: false, code: 'jwt_not_a_credential' });
  });
});
