// The verification engine's entry point. Runtime-agnostic: the Worker, the CLI and the tests call
// it the same way, with time and fetching passed in. It never throws; it returns a report.
import type { DocumentFetcher } from '../fetch/types';
import type { VerifyRequest } from './context';
import { verifyParsed } from './pipeline';
import { check } from './report/check';
import { buildReport } from './report/build';
import type { ReportSource, VerificationReport } from './report/types';
import { readInput, type VerificationInput } from './input/read';

export type { PresentationChallenge, VerifyRequest } from './context';
export type { VerificationInput } from './input/read';
export type * from './report/types';

export interface VerifyOptions {
  fetcher: DocumentFetcher;
  now: Date;
  /** What the person asking adds: the candidate's identity, a presentation challenge. */
  request?: VerifyRequest;
}

function withSource(report: VerificationReport, source?: ReportSource): VerificationReport {
  return source ? { ...report, source } : report;
}

/** Verifies one credential: a URL, parsed JSON, or text (JSON, a compact JWT, a data: URL). */
export async function verifyCredential(
  input: VerificationInput,
  options: VerifyOptions,
): Promise<VerificationReport> {
  try {
    const read = await readInput(input, options.fetcher);
    if (!read.ok) return withSource(buildReport([read.check], null, options.now), read.source);

    const { fetcher, now, request = {} } = options;
    const viaLink = read.viaLink === true;
    const report = await verifyParsed(read.value, { fetcher, now, request, depth: 0, viaLink });
    return withSource(report, read.source);
  } catch {
    const failure = check(
      'input',
      'unknown',
      'internal_error',
      'The verifier hit an internal error.',
    );
    return buildReport([failure], null, options.now);
  }
}
