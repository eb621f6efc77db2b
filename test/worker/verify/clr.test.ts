// CLR 2.0: the record's own proof and binding, then every embedded credential verified in full.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../support/engine';
import { fixtureJson } from '../support/fixtures';
import { fixtureWeb } from '../support/mock-web';
import { signCredential, type TestKeyPair } from '../support/sign';

const server = setupServer(...fixtureWeb);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const DCC = 'ob3/dcc-vc-test-fixtures/v2/dataIntegrityProof/didKey';
const VALID_BADGE = `${DCC}/legacyRegistry-noStatus-noExpiry-minimal.json`;
const REVOKED_BADGE = `${DCC}/noRegsitry-revokedStatus-notExpired.json`;
const key = fixtureJson<TestKeyPair>('vc-di/w3c-vc-di-eddsa/keyPair.json');
const ISSUER = `did:key:${key.publicKeyMultibase}`;

/** The 1EdTech CLR example, re-issued by a did:key, holding the badges given. */
async function clrHolding(badges: unknown[]) {
  const template = fixtureJson('ob3/1edtech-spec-test-vectors/clr-unsigned-credential.json');
  const subject = template.credentialSubject as Record<string, unknown>;
  const { credentialSchema: _schema, ...unsigned } = template;

  return signCredential(
    {
      ...unsigned,
      issuer: { id: ISSUER, type: 'Profile', name: 'Example University' },
      credentialSubject: { ...subject, verifiableCredential: badges },
    },
    key,
  );
}

describe('a CLR with two embedded badges, one of them revoked', () => {
  it('is valid itself and reports each badge with its own verdict', async () => {
    const clr = await clrHolding([fixtureJson(VALID_BADGE), fixtureJson(REVOKED_BADGE)]);

    const report = await verify({ kind: 'json', value: clr });

    expect(report.verdict).toBe('valid');
    expect(report.format.type).toBe('clr-2.0');
    expect(report.credentials?.map((c) => c.verdict)).toEqual(['valid', 'invalid']);
    expect(report.credentials?.[1]?.checks.find((c) => c.id === 'status')?.code).toBe('revoked');
  });

  it('keeps the associations between achievements', async () => {
    const clr = await clrHolding([fixtureJson(VALID_BADGE)]);

    const report = await verify({ kind: 'json', value: clr });

    expect(report.associations).toEqual([
      {
        associationType: 'isParentOf',
        sourceId: 'urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002',
        targetId: 'urn:uuid:dd887f0a-56cb-11ec-bf63-0242ac130002',
      },
    ]);
  });

  it('fails the CLR, not its badges, when the CLR itself was altered', async () => {
    const clr = await clrHolding([fixtureJson(VALID_BADGE)]);
    clr.name = 'Altered transcript';

    const report = await verify({ kind: 'json', value: clr });

    expect(report.verdict).toBe('invalid');
    expect(report.credentials?.map((c) => c.verdict)).toEqual(['valid']);
  });
});

describe('the 1EdTech CLR 2.0 test vector', () => {
  it('verifies the record and its embedded credential through the issuer controller document', async () => {
    const issuer = 'https://example.edu/issuers/565049';
    const vm = `${issuer}#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi`;
    server.use(
      http.get(issuer, () =>
        HttpResponse.json({
          '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
          id: issuer,
          verificationMethod: [
            {
              id: vm,
              type: 'Multikey',
              controller: issuer,
              publicKeyMultibase: 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi',
            },
          ],
          assertionMethod: [vm],
        }),
      ),
    );

    const report = await verify({
      kind: 'json',
      value: fixtureJson('ob3/1edtech-spec-test-vectors/clr-signed-credential.json'),
    });

    expect(report.verdict).toBe('valid');
    expect(report.credentials).toHaveLength(1);
    expect(report.credentials?.[0]?.format.type).toBe('open-badges-3.0');
  });
});

describe('endorsements', () => {
  it('verifies an endorsement of the issuer and keeps it out of the verdict', async () => {
    const path = `${DCC}/oidf-noStatus-notExpired-complexIssuer.json`;

    const report = await verify({ kind: 'json', value: fixtureJson(path) });

    expect(report.verdict).toBe('valid');
    expect(report.endorsements).toHaveLength(1);
    expect(report.endorsements?.[0]?.subject?.types).toContain('EndorsementCredential');
  });

  it('shows an altered endorsement as invalid without touching the main verdict', async () => {
    const badge = fixtureJson(`${DCC}/legacyRegistry-noStatus-noExpiry-basicOBv3.json`);
    const endorsement = fixtureJson(
      'ob3/dcc-vc-test-fixtures/v2/bothSignatureTypes/didkey/legacy-noStatus-notExpired-endorsement.json',
    );
    endorsement.name = 'An endorsement someone rewrote';
    const { proof: _proof, ...document } = badge;
    const signed = await signCredential(
      { ...document, endorsement: [endorsement], issuer: ISSUER },
      key,
    );

    const report = await verify({ kind: 'json', value: signed });

    expect(report.verdict).toBe('valid');
    expect(report.endorsements?.[0]?.verdict).toBe('invalid');
  });
});
