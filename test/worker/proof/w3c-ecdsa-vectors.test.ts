// The W3C vc-di-ecdsa vectors (spec examples for ecdsa-rdfc-2019 P-256 and P-384, the ecdsa-sd-2023
// windsurf vectors) through the engine. Their issuer is https://vc.example while the key is a
// did:key, so the proof passes and the issuer binding fails, as it must.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../support/engine';
import { fixtureJson } from '../support/fixtures';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

type Json = Record<string, unknown>;
type Report = Awaited<ReturnType<typeof verify>>;

const W3C = 'vc-di-ecdsa/w3c-vc-di-ecdsa';
const P256_EXAMPLE = `${W3C}/ecdsa-rdfc-2019-p256/rec-example-15-signed.json`;
const P384_EXAMPLE = `${W3C}/ecdsa-rdfc-2019-p384/rec-example-37-signed.json`;
const SD_DERIVED = `${W3C}/ecdsa-sd-2023/derivedRevealDocument.json`;
const SD_BASE = `${W3C}/ecdsa-sd-2023/addSignedSDBase.json`;

function checkOf(report: Report, id: string) {
  return report.checks.find((c) => c.id === id);
}

function withSubject(document: Json, edit: (subject: Json) => void): Json {
  const copy = structuredClone(document);
  edit(copy.credentialSubject as Json);
  return copy;
}

describe('ecdsa-rdfc-2019 W3C examples', () => {
  it.each([
    ['P-256', P256_EXAMPLE],
    ['P-384', P384_EXAMPLE],
  ])('verifies the %s example signature', async (_curve, path) => {
    const report = await verify({ kind: 'json', value: fixtureJson(path) });

    expect(checkOf(report, 'proof')?.code).toBe('signature_valid');
    expect(checkOf(report, 'issuer_binding')?.code).toBe('issuer_not_controller');
  });

  it('fails the P-384 example once its subject is altered', async () => {
    const altered = withSubject(fixtureJson(P384_EXAMPLE), (subject) => {
      subject.alumniOf = 'The School of Forgeries';
    });

    const report = await verify({ kind: 'json', value: altered });

    expect(checkOf(report, 'proof')?.code).toBe('signature_invalid');
  });
});

describe('ecdsa-sd-2023 W3C vectors', () => {
  it('verifies the derived credential that discloses two of four sails', async () => {
    const report = await verify({ kind: 'json', value: fixtureJson(SD_DERIVED) });

    expect(checkOf(report, 'proof')?.code).toBe('signature_valid');
  });

  it('fails the derived credential once a disclosed sail is altered', async () => {
    const altered = withSubject(fixtureJson(SD_DERIVED), (subject) => {
      (subject.sails as Json[])[0] = { size: 6.1, sailName: 'Lahaina', year: 2024 };
    });

    const report = await verify({ kind: 'json', value: altered });

    expect(checkOf(report, 'proof')?.code).toBe('signature_invalid');
  });

  it('refuses the base proof, which only the holder should hold', async () => {
    const report = await verify({ kind: 'json', value: fixtureJson(SD_BASE) });

    expect(checkOf(report, 'proof')?.status).toBe('failed');
    expect(checkOf(report, 'proof')?.code).toBe('base_proof_presented');
    expect(report.verdict).toBe('invalid');
  });
});
