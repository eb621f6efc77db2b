// ecdsa-rdfc-2019 (and ecdsa-jcs-2019) through the whole engine, with P-256 and P-384 keys made
// by Web Crypto and issued by their did:key. VC DI ECDSA §3.2: the hash follows the curve.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../support/engine';
import { fixtureJson } from '../support/fixtures';
import { signCredential, type TestKeyPair } from '../support/sign';
import { type EcdsaIssuer, generateIssuer, signEcdsa } from './ecdsa-signer';

// did:key needs no network; the server makes any request fail the test.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

type Json = Record<string, unknown>;
type Report = Awaited<ReturnType<typeof verify>>;

const unsigned = fixtureJson('vc-di/w3c-vc-di-eddsa/unsigned.json');
const ed25519Key = fixtureJson<TestKeyPair>('vc-di/w3c-vc-di-eddsa/keyPair.json');

let p256: EcdsaIssuer;
let p384: EcdsaIssuer;
beforeAll(async () => {
  p256 = await generateIssuer('P-256');
  p384 = await generateIssuer('P-384');
});

function checkOf(report: Report, id: string) {
  return report.checks.find((c) => c.id === id);
}

function issuedBy(issuer: { did: string }): Json {
  return { ...unsigned, issuer: issuer.did };
}

function altered(credential: Json): Json {
  const subject = {
    ...(credential.credentialSubject as Json),
    alumniOf: 'The School of Forgeries',
  };
  return { ...credential, credentialSubject: subject };
}

describe('ecdsa-rdfc-2019 credentials', () => {
  it('accepts a credential signed by a P-256 did:key issuer', async () => {
    const credential = await signEcdsa(issuedBy(p256), p256);

    const report = await verify({ kind: 'json', value: credential });

    expect(p256.did).toMatch(/^did:key:zDn/);
    expect(checkOf(report, 'proof')?.code).toBe('signature_valid');
    expect(checkOf(report, 'issuer_binding')?.code).toBe('issuer_controls_key');
    expect(report.verdict).toBe('valid');
  });

  it('accepts a credential signed by a P-384 did:key issuer (SHA-384 hashes)', async () => {
    const credential = await signEcdsa(issuedBy(p384), p384);

    const report = await verify({ kind: 'json', value: credential });

    expect(p384.did).toMatch(/^did:key:z82/);
    expect(checkOf(report, 'proof')?.code).toBe('signature_valid');
    expect(report.verdict).toBe('valid');
  });

  it('accepts an ecdsa-jcs-2019 credential', async () => {
    const credential = await signEcdsa(issuedBy(p256), p256, { cryptosuite: 'ecdsa-jcs-2019' });

    const report = await verify({ kind: 'json', value: credential });

    expect(checkOf(report, 'proof')?.details?.cryptosuite).toBe('ecdsa-jcs-2019');
    expect(report.verdict).toBe('valid');
  });
});

describe('attacks on ecdsa-rdfc-2019 proofs', () => {
  it('fails a P-256 credential whose subject was altered after signing', async () => {
    const credential = altered(await signEcdsa(issuedBy(p256), p256));

    const report = await verify({ kind: 'json', value: credential });

    expect(checkOf(report, 'proof')?.code).toBe('signature_invalid');
    expect(report.verdict).toBe('invalid');
  });

  it('fails a P-384 credential whose subject was altered after signing', async () => {
    const credential = altered(await signEcdsa(issuedBy(p384), p384));

    const report = await verify({ kind: 'json', value: credential });

    expect(checkOf(report, 'proof')?.code).toBe('signature_invalid');
  });

  it('fails a P-256 key whose proof was hashed and signed with SHA-384', async () => {
    const credential = await signEcdsa(issuedBy(p256), p256, { hash: 'SHA-384' });

    const report = await verify({ kind: 'json', value: credential });

    expect(checkOf(report, 'proof')?.code).toBe('signature_invalid');
    expect(report.verdict).toBe('invalid');
  });

  it('fails a P-384 key whose proof was hashed and signed with SHA-256', async () => {
    const credential = await signEcdsa(issuedBy(p384), p384, { hash: 'SHA-256' });

    const report = await verify({ kind: 'json', value: credential });

    expect(checkOf(report, 'proof')?.code).toBe('signature_invalid');
  });

  it('fails a proof that names another issuer key than the one that signed', async () => {
    const other = await generateIssuer('P-256');
    const credential = await signEcdsa(issuedBy(other), p256, {
      verificationMethod: other.verificationMethod,
    });

    const report = await verify({ kind: 'json', value: credential });

    expect(checkOf(report, 'proof')?.code).toBe('signature_invalid');
    expect(report.verdict).toBe('invalid');
  });

  it('refuses an Ed25519 key named by an ecdsa-rdfc-2019 proof', async () => {
    const issuer = `did:key:${ed25519Key.publicKeyMultibase}`;
    const signed = await signCredential({ ...unsigned, issuer }, ed25519Key);
    const proof = { ...(signed.proof as Json), cryptosuite: 'ecdsa-rdfc-2019' };

    const report = await verify({ kind: 'json', value: { ...signed, proof } });

    expect(checkOf(report, 'proof')?.code).toBe('key_type_mismatch');
    expect(report.verdict).toBe('invalid');
  });

  it('refuses a P-256 key named by an eddsa-rdfc-2022 proof', async () => {
    const signed = await signEcdsa(issuedBy(p256), p256);
    const proof = { ...(signed.proof as Json), cryptosuite: 'eddsa-rdfc-2022' };

    const report = await verify({ kind: 'json', value: { ...signed, proof } });

    expect(checkOf(report, 'proof')?.code).toBe('key_type_mismatch');
  });

  it('fails a signature moved from an ecdsa-jcs-2019 proof to ecdsa-rdfc-2019', async () => {
    const signed = await signEcdsa(issuedBy(p256), p256, { cryptosuite: 'ecdsa-jcs-2019' });
    const proof = { ...(signed.proof as Json), cryptosuite: 'ecdsa-rdfc-2019' };

    const report = await verify({ kind: 'json', value: { ...signed, proof } });

    expect(checkOf(report, 'proof')?.code).toBe('signature_invalid');
  });

  it('fails a signature that is not base58btc multibase', async () => {
    const signed = await signEcdsa(issuedBy(p256), p256);
    const proof = { ...(signed.proof as Json), proofValue: 'u2V0BhVhA' };

    const report = await verify({ kind: 'json', value: { ...signed, proof } });

    expect(checkOf(report, 'proof')?.code).toBe('proof_value_malformed');
  });
});
