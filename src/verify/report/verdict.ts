// The one verdict rule. Nothing else in the code base decides `valid`, `invalid` or `indeterminate`.
import type { Check, Verdict } from './types';

/**
 * Any required check `failed` gives `invalid`; otherwise any required check `unknown` gives
 * `indeterminate`; otherwise `valid`. Warnings and checks that are not required never count.
 * A report with no required check that passed is never `valid`: nothing was proven.
 */
export function computeVerdict(checks: readonly Check[]): Verdict {
  const required = checks.filter((check) => check.required);

  if (required.some((check) => check.status === 'failed')) return 'invalid';

  if (required.some((check) => check.status === 'unknown')) return 'indeterminate';

  if (!required.some((check) => check.status === 'passed')) return 'indeterminate';

  return 'valid';
}

/** Authentic means every proof and every issuer binding passed; one failure proves it is not. */
export function computeAuthentic(checks: readonly Check[]): boolean | null {
  const relevant = checks.filter((c) => c.id === 'proof' || c.id === 'issuer_binding');

  if (relevant.some((check) => check.status === 'failed')) return false;

  if (relevant.length === 0 || relevant.some((check) => check.status !== 'passed')) return null;

  return true;
}
