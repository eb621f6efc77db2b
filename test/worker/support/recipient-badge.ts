// An OB 3.0 badge issued to the salted hash of nobody@example.org (the salt of the OB 2.0
// fixtures, `deadsea`), re-signed by the published W3C test key's did:key.
import { fixtureJson } from './fixtures';
import { signCredential, type TestKeyPair } from './sign';

const TEMPLATE =
  'ob3/dcc-vc-test-fixtures/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-basicOBv3.json';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function badgeForNobody(): Promise<Record<string, unknown>> {
  const key = fixtureJson<TestKeyPair>('vc-di/w3c-vc-di-eddsa/keyPair.json');
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
  const credentialSubject = { ...subject, identifier: [identifier] };

  return signCredential({ ...template, issuer, credentialSubject }, key);
}
