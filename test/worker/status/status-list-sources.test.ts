// Where a Bitstring Status List comes from: how it is fetched, verified, and trusted, and what
// happens when it cannot be had.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkStatus } from '../../../src/verify/status';
import { testContext } from './support/context';
import {
  base64Url,
  bitstring,
  bitstringEntry,
  credentialWith,
  encodedList,
  FULL_LENGTH,
  LIST_ISSUER,
  listCredential,
} from './support/lists';

const LIST = 'https://issuer.example/status/2';
const PLAIN_LIST = 'http://issuer.example/status/2';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function list(set: Record<number, number>, issuer: unknown = LIST_ISSUER, id = LIST) {
  return listCredential({
    id,
    issuer,
    encodedList: await encodedList(bitstring(FULL_LENGTH, set)),
  });
}

const codes = (checks: { status: string; code: string }[]) => checks.map((c) => [c.status, c.code]);

describe('a list that cannot be fetched', () => {
  it.each([
    ['a server error', () => new HttpResponse('oops', { status: 503 }), 'http_error'],
    ['a gone list', () => new HttpResponse('gone', { status: 410 }), 'http_error'],
    ['rate limiting', () => new HttpResponse('slow down', { status: 429 }), 'rate_limited'],
    ['a network failure', () => HttpResponse.error(), 'unreachable'],
  ])('%s leaves the status unknown', async (_name, answer, fetchError) => {
    server.use(http.get(LIST, answer));

    const checks = await checkStatus(credentialWith(bitstringEntry(LIST, 1)), testContext().ctx);

    expect(codes(checks)).toEqual([['unknown', 'status_list_unreachable']]);
    expect(checks[0]?.details).toMatchObject({ fetchError });
  });
});

describe('a list that does not verify', () => {
  it('leaves the status unknown when its verification is indeterminate', async () => {
    const served = await list({ 1: 1 });
    server.use(http.get(LIST, () => HttpResponse.json(served)));
    const { ctx } = testContext({ nested: { [LIST]: 'indeterminate' } });

    const checks = await checkStatus(credentialWith(bitstringEntry(LIST, 1)), ctx);

    expect(codes(checks)).toEqual([['unknown', 'status_list_indeterminate']]);
  });
});

describe('a list published as a VC-JWT', () => {
  it('is verified as the token and read from its vc claim', async () => {
    const header = base64Url(new TextEncoder().encode('{"alg":"EdDSA"}'));
    const payload = base64Url(
      new TextEncoder().encode(JSON.stringify({ vc: await list({ 5: 1 }) })),
    );
    const token = `${header}.${payload}.c2lnbmF0dXJl`;
    server.use(
      http.get(LIST, () =>
        HttpResponse.text(token, { headers: { 'content-type': 'application/vc+jwt' } }),
      ),
    );
    const { ctx, verified } = testContext();

    const checks = await checkStatus(credentialWith(bitstringEntry(LIST, 5)), ctx);

    expect(codes(checks)).toEqual([['failed', 'revoked']]);
    expect(verified).toEqual([token]);
  });
});

describe('the issuer of the list', () => {
  it('gives no warning when it matches the credential issuer given as an object', async () => {
    const served = await list({});
    server.use(http.get(LIST, () => HttpResponse.json(served)));

    const credential = credentialWith(bitstringEntry(LIST, 1), {
      id: LIST_ISSUER,
      name: 'Example',
    });
    const checks = await checkStatus(credential, testContext().ctx);

    expect(codes(checks)).toEqual([['passed', 'not_revoked']]);
  });
});

describe('several entries', () => {
  it('gives one check per entry, in order', async () => {
    const revocation = await list({ 2: 1 });
    const suspension = listCredential({
      id: `${LIST}/suspension`,
      statusPurpose: 'suspension',
      encodedList: await encodedList(bitstring(FULL_LENGTH, {})),
    });
    server.use(
      http.get(LIST, () => HttpResponse.json(revocation)),
      http.get(`${LIST}/suspension`, () => HttpResponse.json(suspension)),
    );
    const entries = [
      bitstringEntry(LIST, 2),
      bitstringEntry(`${LIST}/suspension`, 2, 'suspension'),
    ];

    const checks = await checkStatus(credentialWith(entries), testContext().ctx);

    expect(codes(checks)).toEqual([
      ['failed', 'revoked'],
      ['passed', 'not_suspended'],
    ]);
  });
});

describe('nesting', () => {
  it('does not fetch the list of a credential two levels down', async () => {
    const { ctx, requests } = testContext({ depth: 2 });

    const checks = await checkStatus(credentialWith(bitstringEntry(LIST, 1)), ctx);

    expect(codes(checks)).toEqual([['unknown', 'status_nesting_too_deep']]);
    expect(requests).toEqual([]);
  });

  it('still fetches it one level down', async () => {
    const served = await list({});
    server.use(http.get(LIST, () => HttpResponse.json(served)));

    const checks = await checkStatus(
      credentialWith(bitstringEntry(LIST, 1)),
      testContext({ depth: 1 }).ctx,
    );

    expect(codes(checks)).toEqual([['passed', 'not_revoked']]);
  });
});

describe('attack: a list from someone other than the issuer', () => {
  it('is used, but the report warns about it', async () => {
    const served = await list({}, 'did:example:someone-else');
    server.use(http.get(LIST, () => HttpResponse.json(served)));

    const checks = await checkStatus(credentialWith(bitstringEntry(LIST, 1)), testContext().ctx);

    expect(codes(checks)).toEqual([
      ['passed', 'not_revoked'],
      ['warning', 'status_list_issuer_mismatch'],
    ]);
  });
});

describe('attack: a list over plain HTTP', () => {
  it('never passes: a clear bit is only a warning', async () => {
    const served = await list({}, LIST_ISSUER, PLAIN_LIST);
    server.use(http.get(PLAIN_LIST, () => HttpResponse.json(served)));

    const checks = await checkStatus(
      credentialWith(bitstringEntry(PLAIN_LIST, 1)),
      testContext().ctx,
    );

    expect(checks).toEqual([
      expect.objectContaining({ status: 'warning', code: 'status_list_insecure', required: false }),
    ]);
    expect(checks[0]?.details).toMatchObject({ observed: 'not_revoked' });
  });

  it('still reports a set bit as revoked', async () => {
    const served = await list({ 1: 1 }, LIST_ISSUER, PLAIN_LIST);
    server.use(http.get(PLAIN_LIST, () => HttpResponse.json(served)));

    const checks = await checkStatus(
      credentialWith(bitstringEntry(PLAIN_LIST, 1)),
      testContext().ctx,
    );

    expect(codes(checks)).toEqual([['failed', 'revoked']]);
  });
});
