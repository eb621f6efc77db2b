// Attacks on the engine. None of them may come out `valid`; each is named by its own code.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGuardedFetcher } from '../../../src/fetch';
import { verifyCredential } from '../../../src/verify';
import { NOW, verify, verifyText } from '../support/engine';
import { fixtureJson, fixtureText } from '../support/fixtures';
import { didKeyMethod, signCredential, type TestKeyPair } from '../support/sign';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const VALID =
  'ob3/dcc-vc-test-fixtures/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-minimal.json';
const w3cKey = fixtureJson<TestKeyPair>('vc-di/w3c-vc-di-eddsa/keyPair.json');
const otherKey = fixtureJson<Record<string, TestKeyPair>>(
  'vc-di/w3c-vc-di-eddsa/proof-set-chain/multiKeyPairs.json',
).keyPair1 as TestKeyPair;
const unsigned = fixtureJson('vc-di/w3c-vc-di-eddsa/unsigned.json');

function checkOf(report: Awaited<ReturnType<typeof verify>>, id: string) {
  return report.checks.find((c) => c.id === id);
}

describe('altered credentials', () => {
  it('fails a tampered subject', async () => {
    const credential = fixtureJson(VALID);
    (credential.credentialSubject as Record<string, unknown>).name = 'Mallory';

    const report = await verify({ kind: 'json', value: credential });

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'proof')?.code).toBe('signature_invalid');
  });

  it('fails a proof whose verification method was swapped for another key', async () => {
    const credential = fixtureJson(VALID);
    (credential.proof as Record<string, unknown>).verificationMethod = didKeyMethod(w3cKey);

    const report = await verify({ kind: 'json', value: credential });

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'proof')?.code).toBe('signature_invalid');
  });

  it('fails a good signature by a key that does not belong to the named issuer', async () => {
    const issuer = `did:key:${otherKey.publicKeyMultibase}`;
    const credential = await signCredential({ ...unsigned, issuer }, w3cKey);

    const report = await verify({ kind: 'json', value: credential });

    expect(checkOf(report, 'proof')?.status).toBe('passed');
    expect(checkOf(report, 'issuer_binding')?.code).toBe('issuer_not_controller');
    expect(report.verdict).toBe('invalid');
  });

  it('accepts the same credential when the issuer is the key controller', async () => {
    const issuer = `did:key:${w3cKey.publicKeyMultibase}`;
    const credential = await signCredential({ ...unsigned, issuer }, w3cKey);

    const report = await verify({ kind: 'json', value: credential });

    expect(report.verdict).toBe('valid');
  });

  it('never calls an unsigned credential valid', async () => {
    const report = await verify({ kind: 'json', value: unsigned });

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'proof')?.code).toBe('unsigned');
  });
});

describe('JSON-LD attacks', () => {
  it('fails closed on an unknown context, naming it', async () => {
    const issuer = `did:key:${w3cKey.publicKeyMultibase}`;
    const context = [...(unsigned['@context'] as string[]), 'https://evil.example/context.json'];
    const credential = await signCredential({ ...unsigned, issuer }, w3cKey);
    credential['@context'] = context;

    const report = await verify({ kind: 'json', value: credential });

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'context')).toMatchObject({ status: 'failed', code: 'context_unknown' });
  });

  it('fails a term that no context defines (safe mode), instead of dropping it', async () => {
    const path =
      'ob3/dcc-vc-test-fixtures/v1/dataIntegrityProof/didKey/noRegistry-noStatus-noExpiry.json';
    const credential = { ...fixtureJson(path), undefinedClaim: 'silently signed over?' };

    const report = await verify({ kind: 'json', value: credential });

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'context')).toMatchObject({ status: 'failed', code: 'jsonld_unsafe' });
  });
});

describe('oversized and deeply nested input', () => {
  it('refuses input over 1 MiB before parsing it', async () => {
    const report = await verifyText(`{"padding":"${'a'.repeat(1024 * 1024)}"}`);

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'input')?.code).toBe('input_too_large');
  });

  it('refuses deeply nested JSON', async () => {
    const report = await verifyText(`${'{"a":'.repeat(200)}1${'}'.repeat(200)}`);

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'input')?.code).toBe('input_too_deep');
  });

  it('calls empty input and random JSON invalid, not errors', async () => {
    expect((await verifyText('')).verdict).toBe('invalid');
    expect((await verifyText('{"hello":"world"}')).verdict).toBe('invalid');
    expect((await verifyText('[1,2,3]')).verdict).toBe('invalid');
  });
});

describe('server-side request forgery', () => {
  async function signedBy(host: string) {
    const did = `did:web:${host}`;
    return signCredential({ ...unsigned, issuer: did }, w3cKey, {
      verificationMethod: `${did}#key-1`,
    });
  }

  it.each(['127.0.0.1', '169.254.169.254', 'localhost', '%5B%3A%3Affff%3A127.0.0.1%5D'])(
    'does not fetch a did:web on %s',
    async (host) => {
      const report = await verify({ kind: 'json', value: await signedBy(host) });

      expect(report.verdict).not.toBe('valid');
      expect(checkOf(report, 'issuer_binding')?.status).not.toBe('passed');
    },
  );

  it('does not follow a redirect from a did:web host to 127.0.0.1', async () => {
    server.use(
      http.get('https://issuer.example/.well-known/did.json', () =>
        HttpResponse.redirect('https://127.0.0.1/.well-known/did.json', 302),
      ),
    );

    const report = await verify({ kind: 'json', value: await signedBy('issuer.example') });

    expect(report.verdict).not.toBe('valid');
    expect(checkOf(report, 'proof')?.code).toBe('did_document_forbidden');
  });

  it.each([
    'https://[::ffff:127.0.0.1]/badge.json',
    'https://169.254.169.254/latest/meta-data/',
    'https://2130706433/badge.json',
    'https://0x7f.1/badge.json',
    'file:///etc/passwd',
  ])('refuses the credential URL %s', async (url) => {
    const report = await verify({ kind: 'url', url });

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'input')?.code).toBe('url_forbidden');
  });

  it('gives up on a credential URL whose body never ends', async () => {
    server.use(
      http.get('https://slow.example/badge.json', () => {
        const endless = new ReadableStream({ pull: () => new Promise(() => {}) });
        return new HttpResponse(endless, { headers: { 'content-type': 'application/json' } });
      }),
    );
    const fetcher = createGuardedFetcher({ limits: { timeoutMs: 200 } });

    const report = await verifyCredential(
      { kind: 'url', url: 'https://slow.example/badge.json' },
      { fetcher, now: NOW },
    );

    expect(report.verdict).toBe('indeterminate');
    expect(checkOf(report, 'input')?.code).toBe('credential_timeout');
  });
});

describe('a credential that does not answer', () => {
  it('is indeterminate when its URL is unreachable', async () => {
    server.use(http.get('https://gone.example/badge.json', () => HttpResponse.error()));

    const report = await verify({ kind: 'url', url: 'https://gone.example/badge.json' });

    expect(report.verdict).toBe('indeterminate');
  });

  it('verifies a credential fetched from its URL', async () => {
    server.use(
      http.get(
        'https://issuer.example/badge.json',
        () =>
          new HttpResponse(fixtureText(VALID), { headers: { 'content-type': 'application/json' } }),
      ),
    );

    const report = await verify({ kind: 'url', url: 'https://issuer.example/badge.json' });

    expect(report.verdict).toBe('valid');
  });
});
