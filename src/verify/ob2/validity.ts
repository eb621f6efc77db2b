// The `validity_period` of an assertion: `issuedOn` not in the future and `expires` not passed,
// with the same five minutes of clock skew as every other format; `expires` before `issuedOn`
// is a malformed badge.
import { check } from '../report/check';
import type { Check } from '../report/types';
import { CLOCK_SKEW_MS } from '../validity/validity-period';
import { parseDate } from './dates';
import type { Json } from './types';

function dateText(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value);
}

export function checkOb2Validity(assertion: Json, now: Date): Check {
  const issuedOn = dateText(assertion.issuedOn);
  const expires = dateText(assertion.expires);
  const details = { validFrom: issuedOn, validUntil: expires, now: now.toISOString() };
  const fail = (code: string, message: string) =>
    check('validity_period', 'failed', code, message, details);

  const issued = issuedOn === null ? null : parseDate(issuedOn);
  const until = expires === null ? null : parseDate(expires);
  if (issuedOn !== null && issued === null)
    return fail('date_malformed', `"${issuedOn}" is not a valid date.`);
  if (expires !== null && until === null)
    return fail('date_malformed', `"${expires}" is not a valid date.`);

  if (issued !== null && until !== null && until < issued) {
    return fail('expires_before_issued', `The badge expires (${expires}) before it was issued.`);
  }
  if (issued !== null && issued - CLOCK_SKEW_MS > now.getTime()) {
    return fail('not_yet_valid', `The badge says it was issued on ${issuedOn}, in the future.`);
  }
  if (until !== null && until + CLOCK_SKEW_MS < now.getTime()) {
    return fail('expired', `The badge expired on ${expires}.`);
  }

  const message = 'The badge has been issued and has not expired.';
  return check('validity_period', 'passed', 'within_validity_period', message, details);
}
