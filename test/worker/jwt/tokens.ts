// Builds VC-JWTs for tests: credentials in both encodings, signed with jose or left unsigned.
import { base64url, type JWTHeaderParameters, SignJWT } from 'jose';
import { expect } from 'vitest';
import type { DocumentFetcher } from '../../../src/fetch/types';
import { decodeVcJwt, verifyVcJwtProof } from '../../../src/verify/jwt';

/** Frozen time for every test; the proof check must not depend on it. */
export const NOW = new Date('2025-06-01T12:00:00Z');

export const SUBJECT = 'did:example:learner';
export const CREDENTIAL_ID = 'urn:uuid:7f3e2a4c-54b1-4c1e-9d2a-0d6a1b8c9e11';
const ISSUED = 1704067200; // 2024-01-01T00:00:00Z
const EXPIRES = 1893456000; // 2030-01-01T00:00:00Z

/** A VC 2.0 credential: with VC-JOSE-COSE the JWT payload is the credential itself. */
export function credentialV2(issuer: string, extra: Record<string, unknown> = {}) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: CREDENTIAL_ID,
    type: ['VerifiableCredential'],
    issuer: { id: issuer, name: 'Example College' },
    validFrom: '2024-01-01T00:00:00Z',
    credentialSubject: { id: SUBJECT, name: 'Data analysis' },
    ...extra,
  };
}

/** A VC 1.1 JWT payload whose `vc` claim restates every registered claim, in agreement. */
export function payloadV1(issuer: string, vc: Record<string, unknown> = {}) {
  return {
    iss: issuer,
    jti: CREDENTIAL_ID,
    sub: SUBJECT,
    nbf: ISSUED,
    exp: EXPIRES,
    vc: {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      id: CREDENTIAL_ID,
      type: ['VerifiableCredential'],
      issuer: { id: issuer, name: 'Example College' },
      issuanceDate: '2024-01-01T00:00:00Z',
      expirationDate: '2030-01-01T00:00:00Z',
      credentialSubject: { id: SUBJECT, name: 'Data analysis' },
      ...vc,
    },
  };
}

export function sign(
  payload: Record<string, unknown>,
  key: CryptoKey | Uint8Array,
  header: JWTHeaderParameters,
): Promise<string> {
  return new SignJWT(payload).setProtectedHeader(header).sign(key);
}

function encodeJson(value: unknown): string {
  return base64url.encode(JSON.stringify(value));
}

/** A token with any header and an arbitrary signature part (for decoding and `alg: none`). */
export function unsignedToken(
  header: Record<string, unknown>,
  payload: unknown,
  signature = '',
): string {
  return `${encodeJson(header)}.${encodeJson(payload)}.${signature}`;
}

/** The same token with its payload replaced and the original signature kept. */
export function withPayload(token: string, payload: unknown): string {
  const [header, , signature] = token.split('.');
  return `${header}.${encodeJson(payload)}.${signature}`;
}

/** Decodes (which must succeed) and verifies the proof of a token. */
export async function verifyToken(token: string, fetcher: DocumentFetcher) {
  const decoded = decodeVcJwt(token);
  expect(decoded.ok).toBe(true);
  if (!decoded.ok) throw new Error(decoded.code);

  return verifyVcJwtProof(token, decoded, fetcher, NOW);
}
