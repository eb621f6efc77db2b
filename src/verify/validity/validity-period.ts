// The `validity_period` check: validFrom/validUntil (VC 2.0) or issuanceDate/expirationDate (VC 1.1),
// against an injected clock with five minutes of skew either way.
import { check } from '../report/check';
import type { Check } from '../report/types';

export const CLOCK_SKEW_MS = 5 * 60 * 1000;

export interface ValidityDates {
  validFrom: string | null;
  validUntil: string | null;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The dates that bound a credential, in either data model's words. */
export function validityDates(credential: Record<string, unknown>): ValidityDates {
  return {
    validFrom: text(credential.validFrom) ?? text(credential.issuanceDate),
    validUntil: text(credential.validUntil) ?? text(credential.expirationDate),
  };
}

export function checkValidityPeriod(credential: Record<string, unknown>, now: Date): Check {
  const { validFrom, validUntil } = validityDates(credential);
  const details = { validFrom, validUntil, now: now.toISOString() };

  for (const value of [validFrom, validUntil]) {
    if (value !== null && !(DATE_TIME.test(value) && Number.isFinite(Date.parse(value)))) {
      return check(
        'validity_period',
        'failed',
        'date_malformed',
        `"${value}" is not a valid date and time.`,
        details,
      );
    }
  }

  if (validFrom && Date.parse(validFrom) - CLOCK_SKEW_MS > now.getTime()) {
    return check(
      'validity_period',
      'failed',
      'not_yet_valid',
      `The credential is not valid before ${validFrom}.`,
      details,
    );
  }
  if (validUntil && Date.parse(validUntil) + CLOCK_SKEW_MS < now.getTime()) {
    return check(
      'validity_period',
      'failed',
      'expired',
      `The credential expired on ${validUntil}.`,
      details,
    );
  }

  return check(
    'validity_period',
    'passed',
    'within_validity_period',
    'The credential is within its validity period.',
    details,
  );
}
