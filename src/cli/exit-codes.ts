// Exit codes of the `proofpath` command: a public contract that users' scripts rely on.
import type { Verdict } from '../verify/report/types';

/** The verdict's exit code, and the BSD sysexits codes for usage (64) and internal (70) errors. */
export const EXIT = {
  valid: 0,
  invalid: 1,
  indeterminate: 2,
  usage: 64,
  internal: 70,
} as const satisfies Record<Verdict | 'usage' | 'internal', number>;

/** A problem with how the command was called or with what it was given to read: exit 64. */
export class UsageError extends Error {
  override name = 'UsageError';
}
