// StatusList2021Entry: the W3C CCG predecessor of Bitstring Status List, with its own type
// names and lists encoded without a Multibase prefix.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkStatus } from '../../../src/verify/status';
import { testContext } from './support/context';
import {
  bitstring,
  credentialWith,
  encodedList,
  FULL_LENGTH,
  listCredential,
} from './support/lists';

const LIST = 'https://issuer.example/status-2021/3';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function entry(index: number, statusPurpose = 'revocation') {
  const type = 'StatusList2021Entry';
  return {
    id: `${LIST}#${index}`,
    type,
    statusPurpose,
    statusListIndex: String(index),
    statusListCredential: LIST,
  };
}

async function serve(
  set: Record<number, number>,
  statusPurpose = 'revocation',
  type = 'StatusList2021Credential',
) {
  const list = listCredential({
    id: LIST,
    statusPurpose,
    type: ['VerifiableCredential', type],
    subjectType: 'StatusList2021',
    encodedList: await encodedList(bitstring(FULL_LENGTH, set), ''),
  });
  server.use(http.get(LIST, () => HttpResponse.json(list)));
}

const codes = (checks: { status: string; code: string }[]) => checks.map((c) => [c.status, c.code]);

describe('StatusList2021Entry', () => {
  it('a set bit means revoked', async () => {
    await serve({ 12: 1 });

    const checks = await checkStatus(credentialWith(entry(12)), testContext().ctx);

    expect(codes(checks)).toEqual([['failed', 'revoked']]);
  });

  it('a clear bit means not revoked', async () => {
    await serve({ 11: 1, 13: 1 });

    const checks = await checkStatus(credentialWith(entry(12)), testContext().ctx);

    expect(codes(checks)).toEqual([['passed', 'not_revoked']]);
  });

  it('a set suspension bit means suspended', async () => {
    await serve({ 12: 1 }, 'suspension');

    const checks = await checkStatus(credentialWith(entry(12, 'suspension')), testContext().ctx);

    expect(codes(checks)).toEqual([['failed', 'suspended']]);
  });

  it('reports the entry type in the details', async () => {
    await serve({});

    const checks = await checkStatus(credentialWith(entry(12)), testContext().ctx);

    expect(checks[0]?.details).toMatchObject({
      type: 'StatusList2021Entry',
      statusListIndex: '12',
    });
  });

  it('a Bitstring Status List credential does not answer a 2021 entry', async () => {
    await serve({}, 'revocation', 'BitstringStatusListCredential');

    const checks = await checkStatus(credentialWith(entry(12)), testContext().ctx);

    expect(codes(checks)).toEqual([['unknown', 'status_list_malformed']]);
    expect(checks[0]?.details).toMatchObject({ problem: 'list_type' });
  });

  it('the message purpose is not part of StatusList2021', async () => {
    const { ctx, requests } = testContext();

    const checks = await checkStatus(credentialWith(entry(12, 'message')), ctx);

    expect(codes(checks)).toEqual([['warning', 'status_purpose_unsupported']]);
    expect(requests).toEqual([]);
  });
});
