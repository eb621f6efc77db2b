// checkStatus as the pipeline sees it: no status, unknown methods, odd entries, many entries.
import { describe, expect, it } from 'vitest';
import { checkStatus } from '../../../src/verify/status';
import { testContext } from './support/context';
import { credentialWith } from './support/lists';

const codes = (checks: { status: string; code: string }[]) => checks.map((c) => [c.status, c.code]);

describe('checkStatus', () => {
  it('gives one not_applicable check for a credential without credentialStatus', async () => {
    const { credentialStatus: _none, ...credential } = credentialWith(undefined);

    const checks = await checkStatus(credential, testContext().ctx);

    expect(checks).toEqual([
      expect.objectContaining({ id: 'status', status: 'not_applicable', code: 'no_status' }),
    ]);
  });

  it('reports an unknown method as unsupported, without fetching', async () => {
    const { ctx, requests } = testContext();
    const entry = { id: 'https://issuer.example/rl/1', type: 'RevocationList2020Status' };

    const checks = await checkStatus(credentialWith(entry), ctx);

    expect(codes(checks)).toEqual([['unknown', 'status_method_unsupported']]);
    expect(checks[0]?.details).toMatchObject({ type: 'RevocationList2020Status' });
    expect(requests).toEqual([]);
  });

  it('reports an entry that is not an object as malformed', async () => {
    const checks = await checkStatus(
      credentialWith('https://issuer.example/status'),
      testContext().ctx,
    );

    expect(codes(checks)).toEqual([['unknown', 'status_entry_malformed']]);
  });

  it('checks at most eight entries and says so', async () => {
    const entries = Array.from({ length: 10 }, (_, index) => ({
      id: `urn:x:${index}`,
      type: 'Other',
    }));

    const checks = await checkStatus(credentialWith(entries), testContext().ctx);

    expect(checks).toHaveLength(9);
    expect(checks.at(-1)).toMatchObject({ status: 'warning', code: 'status_entries_skipped' });
  });

  it('words its messages for people, naming the question it could not answer', async () => {
    const entry = { id: 'urn:x:1', type: 'Other', statusPurpose: 'suspension' };

    const [only] = await checkStatus(credentialWith(entry), testContext().ctx);

    expect(only?.message).toBe(
      'This credential uses a status method we do not support, ' +
        'so we cannot tell whether this credential is suspended.',
    );
  });
});
