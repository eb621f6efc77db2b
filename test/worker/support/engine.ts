// Runs the engine as the Worker does: through the real fetch guard, over MSW-mocked responses.
import { createGuardedFetcher } from '../../../src/fetch';
import { type VerificationInput, type VerifyRequest, verifyCredential } from '../../../src/verify';
import type { VerificationReport } from '../../../src/verify/report/types';

/** The fixed clock of the engine tests. */
export const NOW = new Date('2026-12-03T12:00:00Z');

export function verify(
  input: VerificationInput,
  now: Date = NOW,
  request: VerifyRequest = {},
): Promise<VerificationReport> {
  return verifyCredential(input, { fetcher: createGuardedFetcher(), now, request });
}

export function verifyText(text: string, now: Date = NOW): Promise<VerificationReport> {
  return verify({ kind: 'text', text }, now);
}

/** Ids of required checks that did not pass (failed or unknown), in report order. */
export function blocking(report: VerificationReport): string[] {
  return report.checks
    .filter((c) => c.required && (c.status === 'failed' || c.status === 'unknown'))
    .map((c) => c.id);
}
