// Assembles a report from checks: the verdict and authenticity are computed here, once.
import { computeAuthentic, computeVerdict } from './verdict';
import {
  type Check,
  type Format,
  REPORT_SCHEMA_VERSION,
  type ReportSubject,
  type VerificationReport,
} from './types';

const UNKNOWN_FORMAT: Format = { type: 'unknown', dataModel: null, securing: null };

export function buildReport(
  checks: Check[],
  format: Format | null,
  now: Date,
  subject: ReportSubject | null = null,
): VerificationReport {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    verdict: computeVerdict(checks),
    authentic: computeAuthentic(checks),
    format: format ?? UNKNOWN_FORMAT,
    subject,
    checks,
    verifiedAt: now.toISOString(),
  };
}
