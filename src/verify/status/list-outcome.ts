// Turns a status value read from a list into the status check, by purpose.
// Bitstring Status List v1.0 §2.1: revocation and suspension are bits; message is informative.
import { advisory } from '../report/check';
import type { Check } from '../report/types';
import type { StatusFacts } from './facts';
import type { ListEntry } from './list-entry';
import { notRevoked, notSuspended, revoked, suspended } from './outcomes';

/** Longest status message we repeat; the rest is cut. */
const MAXIMUM_MESSAGE_LENGTH = 300;

function hex(value: number): string {
  return `0x${value.toString(16)}`;
}

/** A message never changes the verdict: the check is advisory whatever it says. */
function messageCheck(value: number, entry: ListEntry, facts: StatusFacts): Check {
  const found = entry.statusMessage.find((item) => item.status === value)?.message;
  const text = found?.slice(0, MAXIMUM_MESSAGE_LENGTH) ?? null;
  const details = { ...facts, statusValue: hex(value), statusMessage: text };

  if (value === 0 && text === null) {
    const message = 'The issuer has no status message for this credential.';
    return advisory('status', 'passed', 'no_status_message', message, details);
  }
  const message = text
    ? `The issuer has a status message for this credential: "${text}".`
    : `The issuer has set status ${hex(value)} for this credential, without a message.`;
  return advisory('status', 'warning', 'status_message', message, details);
}

/** The check for one entry whose status value is known; any value but 0 counts as set. */
export function statusOutcome(value: number, entry: ListEntry, facts: StatusFacts): Check {
  const extra = { statusValue: hex(value) };

  if (entry.statusPurpose === 'message') return messageCheck(value, entry, facts);

  if (entry.statusPurpose === 'suspension') {
    return value === 0 ? notSuspended(facts, extra) : suspended(facts, extra);
  }
  return value === 0 ? notRevoked(facts, extra) : revoked(facts, extra);
}
