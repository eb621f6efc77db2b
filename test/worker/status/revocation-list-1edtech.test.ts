// 1EdTechRevocationList (1EdTech Revocation List Status Method 1.0): the credential is revoked
// when its id is listed in the JSON list at the entry's `id`.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fullOpenBadge from '../../fixtures/ob3/1edtech-spec-examples/fullOpenBadge.unsigned.json';
import { checkStatus } from '../../../src/verify/status';
import { testContext } from './support/context';

/** The spec example names https://1edtech.edu/credentials/3732/revocations as its list. */
const LIST = fullOpenBadge.credentialStatus.id;
const ISSUER = fullOpenBadge.issuer.id;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function serve(revokedCredentials: unknown, issuer: string = ISSUER) {
  server.use(http.get(LIST, () => HttpResponse.json({ id: LIST, issuer, revokedCredentials })));
}

const codes = (checks: { status: string; code: string }[]) => checks.map((c) => [c.status, c.code]);

describe('1EdTechRevocationList', () => {
  it('a listed credential is revoked, with the reason in the details', async () => {
    serve([{ id: fullOpenBadge.id, revocationReason: 'Issued in error' }]);

    const checks = await checkStatus(fullOpenBadge, testContext().ctx);

    expect(codes(checks)).toEqual([['failed', 'revoked']]);
    expect(checks[0]?.details).toMatchObject({
      type: '1EdTechRevocationList',
      statusListCredential: LIST,
      revocationReason: 'Issued in error',
    });
  });

  it('a credential that is not listed is not revoked', async () => {
    serve([{ id: 'http://1edtech.edu/credentials/9999' }]);

    const checks = await checkStatus(fullOpenBadge, testContext().ctx);

    expect(codes(checks)).toEqual([['passed', 'not_revoked']]);
  });

  it('an empty list revokes nothing', async () => {
    serve([]);

    const checks = await checkStatus(fullOpenBadge, testContext().ctx);

    expect(codes(checks)).toEqual([['passed', 'not_revoked']]);
  });

  it('a listed credential marked revoked: false is not revoked', async () => {
    serve([{ id: fullOpenBadge.id, revoked: false }]);

    const checks = await checkStatus(fullOpenBadge, testContext().ctx);

    expect(codes(checks)).toEqual([['passed', 'not_revoked']]);
  });

  it('fetches the list as JSON, kept at most five minutes, without verifying it', async () => {
    serve([]);
    const { ctx, requests, verified } = testContext();

    await checkStatus(fullOpenBadge, ctx);

    expect(requests).toEqual([{ url: LIST, options: { kind: 'json', maxCacheSeconds: 300 } }]);
    expect(verified).toEqual([]);
  });

  it('a missing list leaves the status unknown', async () => {
    server.use(http.get(LIST, () => new HttpResponse('Not Found', { status: 404 })));

    const checks = await checkStatus(fullOpenBadge, testContext().ctx);

    expect(codes(checks)).toEqual([['unknown', 'status_list_unreachable']]);
  });

  it('a list whose revokedCredentials is not an array is malformed', async () => {
    serve({ id: fullOpenBadge.id });

    const checks = await checkStatus(fullOpenBadge, testContext().ctx);

    expect(codes(checks)).toEqual([['unknown', 'status_list_malformed']]);
  });

  it('a credential without an id cannot be looked up', async () => {
    const { id: _id, ...withoutId } = fullOpenBadge;
    const { ctx, requests } = testContext();

    const checks = await checkStatus(withoutId, ctx);

    expect(codes(checks)).toEqual([['unknown', 'credential_id_missing']]);
    expect(requests).toEqual([]);
  });
});

describe('attack: a revocation list from another issuer', () => {
  it('is used, but the report warns about it', async () => {
    serve([], 'https://elsewhere.example/issuer');

    const checks = await checkStatus(fullOpenBadge, testContext().ctx);

    expect(codes(checks)).toEqual([
      ['passed', 'not_revoked'],
      ['warning', 'status_list_issuer_mismatch'],
    ]);
  });
});
