// The one verdict rule, on hand-made check lists.
import { describe, expect, it } from 'vitest';
import { advisory, check } from '../../../src/verify/report/check';
import { computeAuthentic, computeVerdict } from '../../../src/verify/report/verdict';

const passedProof = check('proof', 'passed', 'signature_valid', 'ok');
const passedBinding = check('issuer_binding', 'passed', 'issuer_controls_key', 'ok');

describe('computeVerdict', () => {
  it('is valid when every required check passed', () => {
    expect(computeVerdict([passedProof, passedBinding])).toBe('valid');
  });

  it('is invalid when any required check failed, even if another is unknown', () => {
    const unknown = check('status', 'unknown', 'status_list_unreachable', 'no answer');
    const failed = check('validity_period', 'failed', 'expired', 'expired');

    expect(computeVerdict([passedProof, unknown, failed])).toBe('invalid');
  });

  it('is indeterminate when nothing failed but a required check is unknown', () => {
    const unknown = check('issuer_binding', 'unknown', 'did_document_unreachable', 'no answer');

    expect(computeVerdict([passedProof, unknown])).toBe('indeterminate');
  });

  it('ignores warnings and advisory checks', () => {
    const warning = check('status', 'warning', 'status_list_issuer_mismatch', 'other signer');
    const note = advisory('refresh', 'unknown', 'anything', 'advisory');

    expect(computeVerdict([passedProof, passedBinding, warning, note])).toBe('valid');
  });

  it('never calls an empty or all-not-applicable report valid', () => {
    expect(computeVerdict([])).toBe('indeterminate');
    expect(computeVerdict([check('status', 'not_applicable', 'no_status', 'none')])).toBe(
      'indeterminate',
    );
  });
});

describe('computeAuthentic', () => {
  it('is true only when every proof and binding passed', () => {
    expect(computeAuthentic([passedProof, passedBinding])).toBe(true);
  });

  it('is false when a binding failed', () => {
    const failed = check('issuer_binding', 'failed', 'issuer_not_controller', 'not theirs');

    expect(computeAuthentic([passedProof, failed])).toBe(false);
  });

  it('is null when a binding could not be checked or there is no proof', () => {
    const unknown = check('issuer_binding', 'unknown', 'did_document_unreachable', 'no answer');

    expect(computeAuthentic([passedProof, unknown])).toBeNull();
    expect(computeAuthentic([])).toBeNull();
  });
});
