// Whether a status list credential can be trusted, read from its own verification report.
// Bitstring Status List v1.0 §3.2 step 3: a list that does not verify gives no status at all.
import type { VerificationReport } from '../report/types';

export interface TrustProblem {
  code: string;
  reason: string;
}

const UNVERIFIED: TrustProblem = {
  code: 'status_list_unverified',
  reason: "The issuer's status list failed its own verification (it may have been altered)",
};

const EXPIRED: TrustProblem = {
  code: 'status_list_expired',
  reason: "The issuer's status list has expired",
};

const NOT_YET_VALID: TrustProblem = {
  code: 'status_list_not_yet_valid',
  reason: "The issuer's status list is not valid yet",
};

const INDETERMINATE: TrustProblem = {
  code: 'status_list_indeterminate',
  reason: "The issuer's status list could not be fully verified",
};

/** The validity period codes of `validity/validity-period.ts`; any other failure is untrusted. */
const VALIDITY: Readonly<Record<string, TrustProblem>> = {
  expired: EXPIRED,
  not_yet_valid: NOT_YET_VALID,
};

/**
 * Null when the list verified. A failure of anything but the validity period (the proof, the
 * issuer binding, the structure) makes the list untrusted, and outranks an expiry.
 */
export function listTrustProblem(report: VerificationReport): TrustProblem | null {
  if (report.verdict === 'valid') return null;

  if (report.verdict === 'indeterminate') return INDETERMINATE;

  const failed = report.checks.filter((check) => check.required && check.status === 'failed');
  const [only] = failed;
  if (failed.length !== 1 || only?.id !== 'validity_period') return UNVERIFIED;

  return VALIDITY[only.code] ?? UNVERIFIED;
}
