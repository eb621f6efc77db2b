// How the status list credential's own report decides whether the list can be used.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/verify/report/build';
import { check } from '../../../src/verify/report/check';
import { listTrustProblem } from '../../../src/verify/status/list-trust';
import { NOW, nestedReport } from './support/nested';

const code = (report: Parameters<typeof listTrustProblem>[0]) =>
  listTrustProblem(report)?.code ?? null;

describe('listTrustProblem', () => {
  it('trusts a list that verified', () => {
    expect(code(nestedReport('valid'))).toBeNull();
  });

  it('does not trust a list whose proof fails', () => {
    expect(code(nestedReport('tampered'))).toBe('status_list_unverified');
  });

  it('names an expired list', () => {
    expect(code(nestedReport('expired'))).toBe('status_list_expired');
  });

  it('names a list that is not valid yet', () => {
    expect(code(nestedReport('not_yet_valid'))).toBe('status_list_not_yet_valid');
  });

  it('names a list that could not be verified either way', () => {
    expect(code(nestedReport('indeterminate'))).toBe('status_list_indeterminate');
  });

  it('reports a broken proof before an expiry', () => {
    const report = buildReport(
      [
        check('proof', 'failed', 'signature_invalid', 'Broken.'),
        check('validity_period', 'failed', 'expired', 'Expired.'),
      ],
      null,
      NOW,
    );

    expect(code(report)).toBe('status_list_unverified');
  });

  it('does not read an unreadable date as an expiry', () => {
    const report = buildReport(
      [
        check('proof', 'passed', 'signature_valid', 'Fine.'),
        check('validity_period', 'failed', 'date_malformed', 'Bad date.'),
      ],
      null,
      NOW,
    );

    expect(code(report)).toBe('status_list_unverified');
  });
});
