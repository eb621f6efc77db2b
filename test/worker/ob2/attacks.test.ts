// Attacks on Open Badges 2.0 verification: badges hosted outside their issuer's addresses,
// profiles speaking for another site, keys the issuer never listed, and algorithm confusion.
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';
import simpleJwt from '../../fixtures/ob2/1edtech-validator/simple.jwt?raw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkOf, fixture, serve, VALIDATOR, validatorWeb, verifyOb2 } from './support';

const server = setupServer(...validatorWeb);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.events.removeAllListeners();
});
afterAll(() => server.close());

const BASIC = `${VALIDATOR}/basic-assertion.json`;
const ISSUER = 'https://example.org/organization.json';
const ROGUE_KEY = 'https://rogue.example.net/key.json';

function payloadOf(token: string): Record<string, unknown> {
  const part = (token.split('.')[1] as string).replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(atob(part)) as Record<string, unknown>;
}

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function base64url(value: unknown): string {
  return btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The simple.jwt assertion, changed, signed by a fresh key published as a CryptographicKey. */
async function signedByRogueKey(owner: string, change: Record<string, unknown> = {}) {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const key = {
    id: ROGUE_KEY,
    type: 'CryptographicKey',
    owner,
    publicKeyPem: await exportSPKI(publicKey),
  };
  server.use(serve(ROGUE_KEY, key));

  const verification = { type: 'signed', creator: ROGUE_KEY };
  const payload = { ...payloadOf(simpleJwt), verification, ...change };
  return new CompactSign(encode(payload)).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
}

describe('hosted badges outside their issuer', () => {
  it("fails an assertion hosted on another site than its issuer's", async () => {
    const id = 'https://badges.rogue.example.net/beths-robotics-badge.json';
    const forged = { ...fixture(BASIC), id };
    server.use(serve(id, forged));

    const report = await verifyOb2(forged);

    expect(report.verdict).toBe('invalid');
    expect(report.authentic).toBe(false);
    expect(checkOf(report, 'proof')?.status).toBe('passed');
    expect(checkOf(report, 'issuer_binding')).toMatchObject({
      status: 'failed',
      code: 'assertion_outside_issuer_scope',
    });
  });

  it("fails an issuer profile that claims another site's issuer id", async () => {
    const host = 'https://rogue.example.net';
    const forged = { ...fixture(BASIC), id: `${host}/a.json`, badge: `${host}/badge.json` };
    const badge = {
      ...fixture(`${VALIDATOR}/assets/robotics-badge.json`),
      issuer: `${host}/issuer.json`,
    };
    const issuer = {
      ...fixture(`${VALIDATOR}/assets/organization.json`),
      verification: { allowedOrigins: ['rogue.example.net'] },
    };
    server.use(
      serve(`${host}/a.json`, forged),
      serve(`${host}/badge.json`, badge),
      serve(`${host}/issuer.json`, issuer),
    );

    const report = await verifyOb2(forged);

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'issuer_binding')).toMatchObject({
      status: 'failed',
      code: 'issuer_profile_id_mismatch',
    });
  });

  it("fails when the issuer's copy describes another badge", async () => {
    server.use(
      serve('https://example.org/beths-robotics-badge.json', {
        ...fixture(BASIC),
        id: 'https://example.org/other-badge.json',
      }),
    );

    const report = await verifyOb2(fixture(BASIC));

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'proof')).toMatchObject({
      status: 'failed',
      code: 'hosted_assertion_id_mismatch',
    });
  });
});

describe('keys the issuer never listed', () => {
  it('fails a JWS signed by a key its issuer does not list, naming the issuer', async () => {
    const token = await signedByRogueKey(ISSUER);

    const report = await verifyOb2(token);

    expect(report.verdict).toBe('invalid');
    expect(report.authentic).toBe(false);
    expect(checkOf(report, 'proof')).toMatchObject({ status: 'passed', code: 'signature_valid' });
    expect(checkOf(report, 'issuer_binding')).toMatchObject({
      status: 'failed',
      code: 'key_not_listed',
      details: { key: ROGUE_KEY, listedKeys: ['http://example.org/key1.json'] },
    });
  });

  it('fetches an embedded issuer profile from its id, not trusting its keys', async () => {
    const badge = fixture(`${VALIDATOR}/assets/robotics-badge.json`);
    const issuer = { ...fixture(`${VALIDATOR}/assets/organization.json`), publicKey: ROGUE_KEY };
    const token = await signedByRogueKey(ISSUER, { badge: { ...badge, issuer } });

    const report = await verifyOb2(token);

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'issuer_binding')).toMatchObject({
      status: 'failed',
      code: 'key_not_listed',
      details: { listedKeys: ['http://example.org/key1.json'] },
    });
  });

  it('fails an embedded issuer profile that has no address of its own', async () => {
    const badge = fixture(`${VALIDATOR}/assets/robotics-badge.json`);
    const issuer = {
      type: 'Issuer',
      id: 'urn:uuid:2d8f0d1e-1111-4c1a-9c0e-5a7b1c2d3e4f',
      name: 'Self',
    };
    const token = await signedByRogueKey(issuer.id, {
      badge: { ...badge, issuer: { ...issuer, publicKey: ROGUE_KEY } },
    });

    const report = await verifyOb2(token);

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'issuer_binding')).toMatchObject({
      status: 'failed',
      code: 'issuer_profile_not_published',
    });
  });

  it('fails a JWS whose signature another key made, naming the listed key', async () => {
    const token = await signedByRogueKey(ISSUER);
    const payload = { ...payloadOf(token), verification: payloadOf(simpleJwt).verification };
    const [header, , signature] = token.split('.');
    const swapped = `${header}.${base64url(payload)}.${signature}`;

    const report = await verifyOb2(swapped);

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'proof')).toMatchObject({ status: 'failed', code: 'signature_invalid' });
  });
});

describe('algorithm confusion', () => {
  it('refuses alg none without fetching any key', async () => {
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => requested.push(request.url));
    const token = `${base64url({ alg: 'none' })}.${simpleJwt.split('.')[1]}.`;

    const report = await verifyOb2(token);

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'proof')).toMatchObject({
      status: 'failed',
      code: 'jwt_algorithm_refused',
    });
    expect(requested.filter((url) => url.includes('key'))).toEqual([]);
  });

  it('refuses HS256 made with the RSA public key as the secret', async () => {
    const pem = fixture(`${VALIDATOR}/assets/key1.json`).publicKeyPem as string;
    const payload = payloadOf(simpleJwt);
    const token = await new CompactSign(encode(payload))
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(pem));

    const report = await verifyOb2(token);

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'proof')).toMatchObject({
      status: 'failed',
      code: 'jwt_algorithm_refused',
      details: { alg: 'HS256' },
    });
  });
});
