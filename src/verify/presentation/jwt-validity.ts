// The validity period of a VP-JWT: its `nbf` and `exp` claims (RFC 7519 §4.1.4, §4.1.5), with the
// same five minutes of clock skew the credential dates get. A token without them has no check.
import { check } from '../report/check';
import type { Check } from '../report/types';
import { CLOCK_SKEW_MS } from '../validity/validity-period';

// NumericDate seconds that still make a valid JavaScript Date.
const MAX_SECONDS = 8.64e12;

function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < MAX_SECONDS;
}

function iso(seconds: number): string {
  return new Date(Math.floor(seconds) * 1000).toISOString();
}

/** No check when the token states neither `nbf` nor `exp`; otherwise one `validity_period`. */
export function checkTokenValidity(payload: Record<string, unknown>, now: Date): Check[] {
  const { nbf, exp } = payload;
  if (nbf === undefined && exp === undefined) return [];

  const details = { nbf: nbf ?? null, exp: exp ?? null, now: now.toISOString() };
  if ((nbf !== undefined && !isNumericDate(nbf)) || (exp !== undefined && !isNumericDate(exp))) {
    const message = 'The validity times of the token are malformed.';
    return [check('validity_period', 'failed', 'date_malformed', message, details)];
  }

  if (isNumericDate(nbf) && nbf * 1000 - CLOCK_SKEW_MS > now.getTime()) {
    const message = `The presentation is not valid before ${iso(nbf)}.`;
    return [check('validity_period', 'failed', 'not_yet_valid', message, details)];
  }
  if (isNumericDate(exp) && exp * 1000 + CLOCK_SKEW_MS < now.getTime()) {
    const message = `The presentation expired on ${iso(exp)}.`;
    return [check('validity_period', 'failed', 'expired', message, details)];
  }

  const message = 'The presentation is within its validity period.';
  return [check('validity_period', 'passed', 'within_validity_period', message, details)];
}
