// BitstringStatusListEntry against lists built here: purposes, status sizes, messages, and
// every way a list can fail to answer.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkStatus } from '../../../src/verify/status';
import { testContext } from './support/context';
import {
  bitstring,
  bitstringEntry,
  credentialWith,
  encodedList,
  FULL_LENGTH,
  listCredential,
} from './support/lists';

const LIST = 'https://issuer.example/status/1';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function serveList(options: {
  set?: Record<number, number>;
  size?: number;
  purpose?: string;
}) {
  const bits = bitstring(FULL_LENGTH * (options.size ?? 1), options.set ?? {}, options.size);
  const list = listCredential({
    id: LIST,
    encodedList: await encodedList(bits),
    statusPurpose: options.purpose,
  });
  server.use(http.get(LIST, () => HttpResponse.json(list)));
}

const summary = (checks: { status: string; code: string; required: boolean }[]) =>
  checks.map(({ status, code, required }) => ({ status, code, required }));

describe('revocation', () => {
  it('a set bit means revoked', async () => {
    await serveList({ set: { 42: 1 } });

    const checks = await checkStatus(credentialWith(bitstringEntry(LIST, 42)), testContext().ctx);

    expect(summary(checks)).toEqual([{ status: 'failed', code: 'revoked', required: true }]);
  });

  it('a clear bit means not revoked, with no warning for a full-size list', async () => {
    await serveList({ set: { 41: 1, 43: 1 } });

    const checks = await checkStatus(credentialWith(bitstringEntry(LIST, 42)), testContext().ctx);

    expect(summary(checks)).toEqual([{ status: 'passed', code: 'not_revoked', required: true }]);
  });
});

describe('suspension', () => {
  it('a set bit means suspended', async () => {
    await serveList({ set: { 7: 1 }, purpose: 'suspension' });

    const entry = bitstringEntry(LIST, 7, 'suspension');
    const checks = await checkStatus(credentialWith(entry), testContext().ctx);

    expect(summary(checks)).toEqual([{ status: 'failed', code: 'suspended', required: true }]);
  });

  it('a clear bit means not suspended', async () => {
    await serveList({ set: { 8: 1 }, purpose: 'suspension' });

    const entry = bitstringEntry(LIST, 7, 'suspension');
    const checks = await checkStatus(credentialWith(entry), testContext().ctx);

    expect(summary(checks)).toEqual([{ status: 'passed', code: 'not_suspended', required: true }]);
  });
});

describe('message', () => {
  const messageEntry = {
    ...bitstringEntry(LIST, 3, 'message'),
    statusSize: 2,
    statusMessage: [
      { status: '0x0', message: 'pending_review' },
      { status: '0x1', message: 'accepted' },
      { status: '0x2', message: 'rejected' },
    ],
  };

  it('reports the status message as a warning that never counts', async () => {
    await serveList({ set: { 3: 2 }, size: 2, purpose: 'message' });

    const checks = await checkStatus(credentialWith(messageEntry), testContext().ctx);

    expect(summary(checks)).toEqual([
      { status: 'warning', code: 'status_message', required: false },
    ]);
    expect(checks[0]?.message).toContain('"rejected"');
    expect(checks[0]?.details).toMatchObject({ statusValue: '0x2', statusMessage: 'rejected' });
  });

  it('a clear single-bit message entry passes without counting', async () => {
    await serveList({ set: { 4: 1 }, purpose: 'message' });

    const entry = bitstringEntry(LIST, 3, 'message');
    const checks = await checkStatus(credentialWith(entry), testContext().ctx);

    expect(summary(checks)).toEqual([
      { status: 'passed', code: 'no_status_message', required: false },
    ]);
  });
});

describe('entries we do not act on', () => {
  it('refresh is reported as not supported, without fetching', async () => {
    const { ctx, requests } = testContext();

    const checks = await checkStatus(credentialWith(bitstringEntry(LIST, 1, 'refresh')), ctx);

    expect(summary(checks)).toEqual([
      { status: 'warning', code: 'status_purpose_unsupported', required: false },
    ]);
    expect(requests).toEqual([]);
  });

  it.each([
    ['a negative index', { statusListIndex: '-1' }, 'statusListIndex'],
    ['an index that is not an integer', { statusListIndex: '1e3' }, 'statusListIndex'],
    ['a list URL that is not a URL', { statusListCredential: 'not a url' }, 'statusListCredential'],
    ['a status size of zero', { statusSize: 0 }, 'statusSize'],
  ])('%s makes the entry malformed', async (_name, change, problem) => {
    const entry = { ...bitstringEntry(LIST, 1), ...change };

    const checks = await checkStatus(credentialWith(entry), testContext().ctx);

    expect(summary(checks)).toEqual([
      { status: 'unknown', code: 'status_entry_malformed', required: true },
    ]);
    expect(checks[0]?.details).toMatchObject({ problem });
  });
});

describe('lists that answer but cannot be read', () => {
  it('an index past the end of the list is malformed', async () => {
    await serveList({});

    const checks = await checkStatus(
      credentialWith(bitstringEntry(LIST, FULL_LENGTH)),
      testContext().ctx,
    );

    expect(checks[0]).toMatchObject({ status: 'unknown', code: 'status_list_malformed' });
    expect(checks[0]?.details).toMatchObject({ problem: 'index_out_of_range' });
  });

  it('a list for another purpose is malformed', async () => {
    await serveList({ purpose: 'revocation' });

    const checks = await checkStatus(
      credentialWith(bitstringEntry(LIST, 1, 'suspension')),
      testContext().ctx,
    );

    expect(checks[0]?.details).toMatchObject({ problem: 'purpose_mismatch' });
  });

  it.each([
    ['no encodedList', { encodedList: undefined }, 'encoded_list_missing'],
    ['a subject of another type', { type: 'StatusList2021' }, 'subject_type'],
    ['an encodedList that is not GZIP', { encodedList: 'uAAAA' }, 'compression'],
  ])('a list with %s is malformed', async (_name, change, problem) => {
    const list = listCredential({
      id: LIST,
      encodedList: await encodedList(bitstring(FULL_LENGTH, {})),
    });
    const subject = { ...(list.credentialSubject as object), ...change };
    server.use(http.get(LIST, () => HttpResponse.json({ ...list, credentialSubject: subject })));

    const checks = await checkStatus(credentialWith(bitstringEntry(LIST, 1)), testContext().ctx);

    expect(checks[0]).toMatchObject({ status: 'unknown', code: 'status_list_malformed' });
    expect(checks[0]?.details).toMatchObject({ problem });
  });

  it('a page that is not JSON is malformed', async () => {
    server.use(http.get(LIST, () => HttpResponse.text('<html>maintenance</html>')));

    const checks = await checkStatus(credentialWith(bitstringEntry(LIST, 1)), testContext().ctx);

    expect(checks[0]?.details).toMatchObject({ problem: 'not_json_object' });
  });
});
