// The recipient check on Open Badges 3.0 credentials, through the whole engine.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '../support/engine';
import { fixtureJson } from '../support/fixtures';
import { signCredential, type TestKeyPair } from '../support/sign';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const TEMPLATE =
  'ob3/dcc-vc-test-fixtures/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-basicOBv3.json';
const key = fixtureJson<TestKeyPair>('vc-di/w3c-vc-di-eddsa/keyPair.json');

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** An OB 3.0 badge issued to the salted hash of nobody@example.org, signed by a did:key. */
async function badgeForNobody() {
  const { proof: _proof, ...template } = fixtureJson(TEMPLATE);
  const subject = template.credentialSubject as Record<string, unknown>;
  const identifier = {
    type: 'IdentityObject',
    identityType: 'emailAddress',
    hashed: true,
    salt: 'deadsea',
    identityHash: `sha256$${await sha256Hex('nobody@example.orgdeadsea')}`,
  };
  const issuer = { ...(template.issuer as object), id: `did:key:${key.publicKeyMultibase}` };

  return signCredential(
    { ...template, issuer, credentialSubject: { ...subject, identifier: [identifier] } },
    key,
  );
}

function recipientCheck(report: Awaited<ReturnType<typeof verify>>) {
  return report.checks.find((c) => c.id === 'recipient');
}

describe('recipient on an OB 3.0 credential', () => {
  it('is not applicable when no candidate identity is given, and never passed', async () => {
    const report = await verify({ kind: 'json', value: await badgeForNobody() });

    expect(recipientCheck(report)?.status).toBe('not_applicable');
    expect(report.verdict).toBe('valid');
  });

  it('passes when the salted hash matches the candidate email', async () => {
    const report = await verify({ kind: 'json', value: await badgeForNobody() }, undefined, {
      recipient: 'nobody@example.org',
    });

    expect(recipientCheck(report)?.status).toBe('passed');
    expect(report.verdict).toBe('valid');
  });

  it('fails, and so invalidates, when the credential was issued to someone else', async () => {
    const report = await verify({ kind: 'json', value: await badgeForNobody() }, undefined, {
      recipient: 'somebody-else@example.org',
    });

    expect(recipientCheck(report)?.code).toBe('recipient_mismatch');
    expect(report.verdict).toBe('invalid');
  });
});
