// The verification report: a public contract shared by the API, the CLI and the pages.
// Its JSON Schema lives beside this file (report.schema.json); keep the two in step.

export const REPORT_SCHEMA_VERSION = '1.0.0';

export type Verdict = 'valid' | 'invalid' | 'indeterminate';

export type CheckStatus = 'passed' | 'failed' | 'warning' | 'unknown' | 'not_applicable';

/** Stable check ids, in the order the engine runs them. */
export type CheckId =
  | 'input'
  | 'context'
  | 'structure'
  | 'schema'
  | 'proof'
  | 'issuer_binding'
  | 'status'
  | 'validity_period'
  | 'refresh';

export interface Check {
  id: CheckId;
  status: CheckStatus;
  /** Stable snake_case code for what happened (for example `signature_invalid`). */
  code: string;
  /** Plain language for a hiring manager. */
  message: string;
  /** Whether this check counts towards the verdict. Warnings never do. */
  required: boolean;
  /** Facts behind the check (proof index, cryptosuite, verification method, status purpose...). */
  details?: Record<string, unknown>;
}

export type FormatType = 'open-badges-3.0' | 'clr-2.0' | 'verifiable-credential' | 'unknown';

export interface Format {
  type: FormatType;
  /** W3C VC data model version, when recognised. */
  dataModel: 'vc-1.1' | 'vc-2.0' | null;
  /** How the credential is secured. */
  securing: 'data-integrity' | 'vc-jwt' | 'enveloped' | 'none' | null;
}

export interface ReportSubject {
  credentialId: string | null;
  types: string[];
  issuer: { id: string | null; name: string | null };
  achievementName: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

export interface VerificationReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  verdict: Verdict;
  /** True: really from this issuer and unaltered. False: proven not. Null: could not tell. */
  authentic: boolean | null;
  format: Format;
  subject: ReportSubject | null;
  checks: Check[];
  verifiedAt: string;
}
