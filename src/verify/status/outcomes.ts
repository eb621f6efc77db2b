// The status checks in plain words: one constructor per outcome, each with a stable code.
import { advisory, check } from '../report/check';
import type { Check } from '../report/types';
import type { StatusFacts } from './facts';

/** What the status of a credential would be read as: used in "we cannot tell whether ..." */
function question(facts: StatusFacts): string {
  if (facts.statusPurpose === 'suspension') return 'this credential is suspended';
  if (facts.statusPurpose === 'message') return 'the issuer has a message about this credential';

  return 'this credential has been revoked';
}

/** A `status` check with the entry's facts (and any extra facts) in `details`. */
export function statusCheck(
  status: Check['status'],
  code: string,
  message: string,
  facts: StatusFacts,
  extra: Record<string, unknown> = {},
): Check {
  return check('status', status, code, message, { ...facts, ...extra });
}

/** We could not learn the status: `unknown`, with the reason first. */
export function cannotTell(
  code: string,
  reason: string,
  facts: StatusFacts,
  extra: Record<string, unknown> = {},
): Check {
  return statusCheck(
    'unknown',
    code,
    `${reason}, so we cannot tell whether ${question(facts)}.`,
    facts,
    extra,
  );
}

export function entryMalformed(facts: StatusFacts, problem: string): Check {
  const reason = "The credential's status entry is incomplete or malformed";
  return cannotTell('status_entry_malformed', reason, facts, { problem });
}

export function listUnreachable(facts: StatusFacts, fetchError: string): Check {
  const reason = "The issuer's status list could not be fetched";
  return cannotTell('status_list_unreachable', reason, facts, { fetchError });
}

export function listMalformed(facts: StatusFacts, problem: string): Check {
  const reason = "The issuer's status list could not be read";
  return cannotTell('status_list_malformed', reason, facts, { problem });
}

export function revoked(facts: StatusFacts, extra: Record<string, unknown> = {}): Check {
  return statusCheck('failed', 'revoked', 'The issuer has revoked this credential.', facts, extra);
}

export function suspended(facts: StatusFacts, extra: Record<string, unknown> = {}): Check {
  const message = 'The issuer has suspended this credential for now.';
  return statusCheck('failed', 'suspended', message, facts, extra);
}

export function notRevoked(facts: StatusFacts, extra: Record<string, unknown> = {}): Check {
  const message = 'The issuer has not revoked this credential.';
  return statusCheck('passed', 'not_revoked', message, facts, extra);
}

export function notSuspended(facts: StatusFacts, extra: Record<string, unknown> = {}): Check {
  const message = 'The issuer has not suspended this credential.';
  return statusCheck('passed', 'not_suspended', message, facts, extra);
}

/** A purpose we do not act on (`refresh`, or one the specification does not define). */
export function purposeUnsupported(facts: StatusFacts): Check {
  const message =
    'This status entry is for a purpose we do not check; it is shown for information.';
  return advisory('status', 'warning', 'status_purpose_unsupported', message, { ...facts });
}

export function methodUnsupported(facts: StatusFacts): Check {
  const reason = 'This credential uses a status method we do not support';
  return cannotTell('status_method_unsupported', reason, facts);
}

export function nestingTooDeep(facts: StatusFacts): Check {
  const reason = 'This credential was found too deep inside other credentials to fetch its list';
  return cannotTell('status_nesting_too_deep', reason, facts);
}

export function issuerMismatch(facts: StatusFacts, listIssuer: string | null): Check {
  const message =
    "The status list was published by someone other than the credential's issuer; " +
    'it was used anyway.';
  return advisory('status', 'warning', 'status_list_issuer_mismatch', message, {
    ...facts,
    listIssuer,
  });
}

/**
 * Plain HTTP: the list may have been changed on the way, so a good answer is only a warning.
 * A bad answer (revoked, suspended, unknown) is kept as it is.
 */
export function capInsecure(result: Check, facts: StatusFacts): Check {
  if (result.status !== 'passed') return result;

  const message =
    'The status list was fetched over plain HTTP (not HTTPS), so its answer cannot be relied on.';
  return statusCheck('warning', 'status_list_insecure', message, facts, {
    ...result.details,
    observed: result.code,
  });
}
