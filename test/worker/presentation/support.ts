// Builds presentations for tests: credentials issued to the holder, presentations signed by the
// holder's published test key (eddsa-rdfc-2022, proofPurpose authentication), and the engine run.
import { createGuardedFetcher } from '../../../src/fetch';
import { type VerifyRequest, verifyCredential } from '../../../src/verify';
import type { Check, VerificationReport } from '../../../src/verify/report/types';
import { NOW } from '../support/engine';
import { fixtureJson } from '../support/fixtures';
import { signCredential, type TestKeyPair } from '../support/sign';

export { NOW };

const PAIRS = fixtureJson<Record<string, TestKeyPair>>(
  'vc-di/w3c-vc-di-eddsa/proof-set-chain/multiKeyPairs.json',
);

export const holderKey = PAIRS.keyPair1 as TestKeyPair;
export const strangerKey = PAIRS.keyPair2 as TestKeyPair;
export const issuerKey = fixtureJson<TestKeyPair>('vc-di/w3c-vc-di-eddsa/keyPair.json');

export const HOLDER = `did:key:${holderKey.publicKeyMultibase}`;
export const STRANGER = `did:key:${strangerKey.publicKeyMultibase}`;
export const ISSUER = `did:key:${issuerKey.publicKeyMultibase}`;
export const DOMAIN = 'proofpath.test';
export const NONCE = 'r6bN3yQeT0pX1vZc8kLm2A';

const DCC = 'ob3/dcc-vc-test-fixtures/v2';

/** DCC badges: no subject id; subject `did:example:ebfeb1f712ebc6f1c276e12ec21`; tampered. */
const DCC_DID_KEY = `${DCC}/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry`;
export const BADGE_WITHOUT_SUBJECT_ID = `${DCC_DID_KEY}-credSubjName.json`;
export const BADGE_OF_SOMEONE_ELSE = `${DCC_DID_KEY}-OBSpecExample.json`;
export const TAMPERED_BADGE = `${DCC}/ed25519/didKey/legacy-noStatus-noExpiry-tampered.json`;

type Json = Record<string, unknown>;

/** The W3C example credential, issued by a did:key to `subject`. */
export function credentialFor(subject: string): Promise<Json> {
  const unsigned = fixtureJson('vc-di/w3c-vc-di-eddsa/unsigned.json');
  const credentialSubject = { ...(unsigned.credentialSubject as Json), id: subject };
  return signCredential({ ...unsigned, issuer: ISSUER, credentialSubject }, issuerKey);
}

/** An unsigned VC 2.0 presentation by HOLDER holding `credentials`. */
export function presentationOf(credentials: unknown[], extra: Json = {}): Json {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiablePresentation'],
    holder: HOLDER,
    verifiableCredential: credentials,
    ...extra,
  };
}

export interface PresentationProof {
  challenge?: string;
  domain?: string;
  key?: TestKeyPair;
  /** The key's id; the did:key of `key` by default. */
  verificationMethod?: string;
}

/** Signs a presentation for `authentication`, answering `challenge` for `domain`. */
export function signPresentation(presentation: Json, proof: PresentationProof = {}) {
  const { key = holderKey, ...options } = proof;
  return signCredential(presentation, key, { proofPurpose: 'authentication', ...options });
}

/** What the portal knows of a nonce it issued. */
export function issued(
  state: 'fresh' | 'used' | 'expired' | 'unknown' = 'fresh',
  challenge = NONCE,
  domain: string | null = DOMAIN,
): VerifyRequest {
  return { presentation: domain === null ? { challenge, state } : { challenge, domain, state } };
}

/** Runs the engine as the Worker does, with what the person asking adds. */
export function verifyPresentationValue(
  value: unknown,
  request: VerifyRequest = {},
): Promise<VerificationReport> {
  const input =
    typeof value === 'string'
      ? { kind: 'text' as const, text: value }
      : { kind: 'json' as const, value };
  return verifyCredential(input, { fetcher: createGuardedFetcher(), now: NOW, request });
}

/** Every check with this id, in report order. */
export function checksOf(report: VerificationReport, id: Check['id']): Check[] {
  return report.checks.filter((check) => check.id === id);
}

/** The codes of the checks with this id. */
export function codesOf(report: VerificationReport, id: Check['id']): string[] {
  return checksOf(report, id).map((check) => check.code);
}
