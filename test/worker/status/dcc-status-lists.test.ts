// Status checks against the Digital Credentials Consortium test fixtures: real credentials and
// the real status lists they point at, served by MSW where the fixtures say they live.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import v1RevokedIdx6 from '../../fixtures/ob3/dcc-vc-test-fixtures/v1/dataIntegrityProof/didWeb/legacy-revokedStatus-noExpiry.json';
import v1ValidIdx7 from '../../fixtures/ob3/dcc-vc-test-fixtures/v1/dataIntegrityProof/didWeb/legacy-validStatus-noExpiry.json';
import v1BothRevoked from '../../fixtures/ob3/dcc-vc-test-fixtures/v1/bothSignatureTypes/didKey/oidf-revokedStatus-expired.json';
import v1MixedValid from '../../fixtures/ob3/dcc-vc-test-fixtures/v1/ed25519/didKey/mixedRegistry-validStatus-noExpiry.json';
import v2RevokedIdx8 from '../../fixtures/ob3/dcc-vc-test-fixtures/v2/dataIntegrityProof/didKey/twoOIDF-revoked-notExpired-badSchema.json';
import v2ValidIdx7 from '../../fixtures/ob3/dcc-vc-test-fixtures/v2/dataIntegrityProof/didKey/twoOIDF-validStatus-expired.json';
import v2VerifierCoreRevoked from '../../fixtures/ob3/dcc-vc-test-fixtures/v2/ed25519/didKey/noRegistry-revokedStatus-notExpired.json';
import expiredStatus from '../../fixtures/ob3/dcc-vc-test-fixtures/v2/ed25519/didKey/legacy-expiredStatus-noExpiry.json';
import missingTypeStatus from '../../fixtures/ob3/dcc-vc-test-fixtures/v2/ed25519/didKey/legacy-missingTypeStatus-noExpiry.json';
import notYetValidStatus from '../../fixtures/ob3/dcc-vc-test-fixtures/v2/ed25519/didKey/legacy-notYetValidStatus-noExpiry.json';
import tamperedStatus from '../../fixtures/ob3/dcc-vc-test-fixtures/v2/ed25519/didKey/legacy-tamperedStatus-noExpiry.json';
import validList from '../../fixtures/status-lists/dcc-vc-test-fixtures/e5WK8CbZ1GjycuPombrj.json';
import expiredList from '../../fixtures/status-lists/dcc-vc-test-fixtures/expired.json';
import missingTypeList from '../../fixtures/status-lists/dcc-vc-test-fixtures/missingBitStringType.json';
import notYetValidList from '../../fixtures/status-lists/dcc-vc-test-fixtures/notYetValid.json';
import tamperedList from '../../fixtures/status-lists/dcc-vc-test-fixtures/tampered.json';
import { checkStatus } from '../../../src/verify/status';
import { testContext } from './support/context';

const DCC =
  'https://digitalcredentials.github.io/vc-test-fixtures/statusLists/didkey-ed25519Signature2020';
/** verifier-core keeps its own copy of the same list (same id); we serve the fixture copy there. */
const VERIFIER_CORE =
  'https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status';

const LISTS: Record<string, unknown> = {
  e5WK8CbZ1GjycuPombrj: validList,
  expired: expiredList,
  missingBitStringType: missingTypeList,
  notYetValid: notYetValidList,
  tampered: tamperedList,
};

function serveList({ params }: { params: Record<string, string | readonly string[] | undefined> }) {
  const list = LISTS[String(params.name)];
  return list ? HttpResponse.json(list) : new HttpResponse('Not Found', { status: 404 });
}

const server = setupServer(
  http.get(`${DCC}/:name`, serveList),
  http.get(`${VERIFIER_CORE}/:name`, serveList),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const status = (checks: { id: string; required: boolean }[]) =>
  checks.filter((check) => check.id === 'status' && check.required);

describe('credentials whose bit is set in the DCC list', () => {
  it.each([
    ['v1 Data Integrity, index 6', v1RevokedIdx6],
    ['v1 with two proofs, index 6', v1BothRevoked],
    ['v2 Data Integrity, index 8', v2RevokedIdx8],
    ['v2 naming the verifier-core copy, index 8', v2VerifierCoreRevoked],
  ])('%s is revoked', async (_name, credential) => {
    const { ctx } = testContext();

    const checks = await checkStatus(credential, ctx);

    expect(status(checks)).toEqual([
      expect.objectContaining({ status: 'failed', code: 'revoked', required: true }),
    ]);
  });
});

describe('credentials whose bit is clear in the DCC list', () => {
  it.each([
    ['v1 Data Integrity, index 7', v1ValidIdx7],
    ['v1 Ed25519Signature2020, index 7', v1MixedValid],
    ['v2 Data Integrity, index 7', v2ValidIdx7],
  ])('%s is not revoked', async (_name, credential) => {
    const { ctx } = testContext();

    const checks = await checkStatus(credential, ctx);

    expect(status(checks)).toEqual([
      expect.objectContaining({ status: 'passed', code: 'not_revoked' }),
    ]);
  });
});

describe('what the DCC list check reports', () => {
  it('puts the entry in the details', async () => {
    const { ctx } = testContext();

    const [first] = await checkStatus(v1RevokedIdx6, ctx);

    expect(first?.details).toMatchObject({
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '6',
      statusListCredential: `${DCC}/e5WK8CbZ1GjycuPombrj`,
    });
  });

  it('warns that the 100,000-entry list is short, and still uses it', async () => {
    const { ctx } = testContext();

    const checks = await checkStatus(v2ValidIdx7, ctx);

    expect(checks.map((check) => [check.status, check.code])).toContainEqual([
      'warning',
      'status_list_short',
    ]);
    expect(checks.find((check) => check.code === 'status_list_short')?.details).toMatchObject({
      statusListLength: 100_000,
    });
  });

  it('warns when the list comes from another issuer than the credential', async () => {
    const { ctx } = testContext();

    const checks = await checkStatus(v2ValidIdx7, ctx);

    const mismatch = checks.find((check) => check.code === 'status_list_issuer_mismatch');
    expect(mismatch).toMatchObject({ status: 'warning', required: false });
    expect(mismatch?.details).toMatchObject({ listIssuer: validList.issuer });
  });

  it('fetches the list as a credential, kept at most five minutes, and verifies it', async () => {
    const { ctx, requests, verified } = testContext();

    await checkStatus(v1ValidIdx7, ctx);

    expect(requests).toEqual([
      { url: `${DCC}/e5WK8CbZ1GjycuPombrj`, options: { kind: 'credential', maxCacheSeconds: 300 } },
    ]);
    expect(verified).toEqual([validList]);
  });
});

describe('DCC lists that cannot be trusted or read', () => {
  it('an expired list gives no answer', async () => {
    const { ctx } = testContext({ nested: { [expiredList.id]: 'expired' } });

    const checks = await checkStatus(expiredStatus, ctx);

    expect(checks).toEqual([
      expect.objectContaining({ status: 'unknown', code: 'status_list_expired' }),
    ]);
  });

  it('a list that is not valid yet gives no answer', async () => {
    const { ctx } = testContext({ nested: { [notYetValidList.id]: 'not_yet_valid' } });

    const checks = await checkStatus(notYetValidStatus, ctx);

    expect(checks).toEqual([
      expect.objectContaining({ status: 'unknown', code: 'status_list_not_yet_valid' }),
    ]);
  });

  it('a list without the BitstringStatusListCredential type is malformed', async () => {
    const { ctx } = testContext();

    const checks = await checkStatus(missingTypeStatus, ctx);

    expect(checks).toEqual([
      expect.objectContaining({ status: 'unknown', code: 'status_list_malformed' }),
    ]);
    expect(checks[0]?.details).toMatchObject({ problem: 'list_type' });
  });

  it('a list that is not there (404) is unreachable', async () => {
    const { ctx } = testContext();
    const missing = `${DCC}/e5VK8CbZ1GjycuPombrj`;
    const entry = { ...v1ValidIdx7.credentialStatus, statusListCredential: missing };

    const checks = await checkStatus({ ...v1ValidIdx7, credentialStatus: entry }, ctx);

    expect(checks).toEqual([
      expect.objectContaining({ status: 'unknown', code: 'status_list_unreachable' }),
    ]);
    expect(checks[0]?.details).toMatchObject({ fetchError: 'http_error' });
  });
});

describe('attack: a tampered DCC list', () => {
  it('is not used: its proof fails, so the status is unknown', async () => {
    const { ctx } = testContext({ nested: { [tamperedList.id]: 'tampered' } });

    const checks = await checkStatus(tamperedStatus, ctx);

    expect(checks).toEqual([
      expect.objectContaining({ status: 'unknown', code: 'status_list_unverified' }),
    ]);
  });
});
