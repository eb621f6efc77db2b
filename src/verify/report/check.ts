// Small constructors for checks, so every step builds them the same way.
import type { Check, CheckId, CheckStatus } from './types';

export function check(
  id: CheckId,
  status: CheckStatus,
  code: string,
  message: string,
  details?: Record<string, unknown>,
): Check {
  const required = status !== 'warning' && status !== 'not_applicable';

  return details
    ? { id, status, code, message, required, details }
    : { id, status, code, message, required };
}

/** A check that is reported for information and never counts towards the verdict. */
export function advisory(
  id: CheckId,
  status: CheckStatus,
  code: string,
  message: string,
  details?: Record<string, unknown>,
): Check {
  return { ...check(id, status, code, message, details), required: false };
}
