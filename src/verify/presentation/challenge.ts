// The `challenge` check: the holder's proof must answer the one-time nonce this portal issued,
// for this portal's domain, and the nonce must be fresh. Without it a presentation copied from
// anywhere could be replayed by someone who is not its holder. VC Data Integrity 1.0 §2.1.
import type { PresentationChallenge } from '../context';
import { advisory, check } from '../report/check';
import type { Check } from '../report/types';
import type { PresentedBinding } from './types';

const STATE_FAILURES = {
  used: ['challenge_used', 'This challenge was already used: the presentation is being replayed.'],
  expired: ['challenge_expired', 'The challenge expired before the presentation was checked.'],
  unknown: ['challenge_unknown', 'This challenge was never issued by this portal.'],
} as const;

const REPLAY_WARNING = advisory(
  'challenge',
  'warning',
  'replay_possible',
  'The presentation is not bound to a one-time challenge, so it could be a copy replayed by ' +
    'someone other than its holder.',
);

/** When no challenge was issued: nothing to check, but say what that leaves open. */
function withoutExpectation(presented: (string | null)[]): Check[] {
  if (presented.every((challenge) => challenge === null)) {
    const message = 'No challenge was issued for this presentation, and it answers none.';
    return [
      check('challenge', 'not_applicable', 'challenge_not_requested', message),
      REPLAY_WARNING,
    ];
  }

  const message =
    'The presentation answers a challenge, but none was given to compare it with, so it could ' +
    'be a copy replayed by someone other than its holder.';
  return [advisory('challenge', 'warning', 'challenge_not_checked', message)];
}

function domainCheck(bindings: PresentedBinding[], domain: string, details: object): Check | null {
  const other = bindings.find((binding) => !binding.domains.includes(domain));
  if (!other) return null;

  const named = other.domains.length > 0 ? `for ${other.domains.join(', ')}` : 'for no site';
  const message = `The presentation was made ${named}, not for ${domain}.`;
  const presented = { ...details, presentedDomains: other.domains };
  return check('challenge', 'failed', 'domain_mismatch', message, presented);
}

/**
 * Passes only when every proof states the issued challenge, the challenge is `fresh`, and every
 * proof names the expected domain (when one is expected).
 */
export function checkChallenge(
  bindings: PresentedBinding[],
  expected: PresentationChallenge | undefined,
): Check[] {
  const presented = bindings.map((binding) => binding.challenge);
  if (!expected) return withoutExpectation(presented);

  const details = { state: expected.state, domain: expected.domain ?? null };
  if (presented.length === 0 || presented.includes(null)) {
    const message = 'A one-time challenge was issued, but the presentation does not answer it.';
    return [check('challenge', 'failed', 'challenge_missing', message, details)];
  }
  if (presented.some((challenge) => challenge !== expected.challenge)) {
    const message = 'The presentation answers another challenge than the one issued for it.';
    return [check('challenge', 'failed', 'challenge_mismatch', message, details)];
  }
  if (expected.state !== 'fresh') {
    const [code, message] = STATE_FAILURES[expected.state];
    return [check('challenge', 'failed', code, message, details)];
  }

  const domain =
    expected.domain === undefined ? null : domainCheck(bindings, expected.domain, details);
  if (domain) return [domain];

  const message = 'The presentation answers the one-time challenge issued for it.';
  return [check('challenge', 'passed', 'challenge_valid', message, details)];
}
