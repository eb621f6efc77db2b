// Stand-ins for the engine's nested verification: reports chosen by the test, keyed by the id of
// the list credential handed over. The real verifier comes from the pipeline.
import { buildReport } from '../../../../src/verify/report/build';
import { check } from '../../../../src/verify/report/check';
import type { Check, VerificationReport } from '../../../../src/verify/report/types';

export const NOW = new Date('2026-03-01T12:00:00Z');

const PROOF_PASSED = check('proof', 'passed', 'signature_valid', 'The signature is valid.');

function report(checks: Check[], issuer: string | null): VerificationReport {
  const subject = {
    credentialId: null,
    types: [],
    issuer: { id: issuer, name: null },
    achievementName: null,
    validFrom: null,
    validUntil: null,
  };
  return buildReport(checks, null, NOW, subject);
}

export type NestedOutcome = 'valid' | 'tampered' | 'expired' | 'not_yet_valid' | 'indeterminate';

/** A report with the given outcome, built from checks so the verdict rule decides it. */
export function nestedReport(
  outcome: NestedOutcome,
  issuer: string | null = null,
): VerificationReport {
  const validity = check('validity_period', 'passed', 'within_validity_period', 'In period.');

  if (outcome === 'tampered') {
    const broken = check('proof', 'failed', 'signature_invalid', 'The signature does not match.');
    return report([broken, validity], issuer);
  }
  if (outcome === 'expired' || outcome === 'not_yet_valid') {
    return report(
      [PROOF_PASSED, check('validity_period', 'failed', outcome, 'Out of period.')],
      issuer,
    );
  }
  if (outcome === 'indeterminate') {
    const unknownKey = check('proof', 'unknown', 'key_unresolved', 'The key could not be found.');
    return report([unknownKey, validity], issuer);
  }
  return report([PROOF_PASSED, validity], issuer);
}

function idOf(credential: unknown): string | null {
  if (credential === null || typeof credential !== 'object') return null;

  const id = (credential as Record<string, unknown>).id;
  return typeof id === 'string' ? id : null;
}

/** verifyNested: looks the list credential's id up in `outcomes`, `valid` when not listed. */
export function nestedVerifier(outcomes: Record<string, NestedOutcome> = {}) {
  const seen: unknown[] = [];
  const verifyNested = async (credential: unknown): Promise<VerificationReport> => {
    seen.push(credential);
    const id = idOf(credential);
    return nestedReport((id && outcomes[id]) || 'valid');
  };
  return { verifyNested, seen };
}
