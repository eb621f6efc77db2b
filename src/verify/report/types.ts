// The verification report: a public contract shared by the API, the CLI and the pages.
// Its JSON Schema lives beside this file (report.schema.json); keep the two in step.

export const REPORT_SCHEMA_VERSION = '1.2.0';

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
  | 'refresh'
  | 'hosted_copy'
  | 'recipient'
  | 'challenge'
  | 'holder_binding';

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

export type FormatType =
  | 'open-badges-3.0'
  | 'clr-2.0'
  | 'verifiable-credential'
  | 'verifiable-presentation'
  | 'open-badges-2.0'
  | 'open-badges-1.1'
  | 'open-badges-1.0'
  | 'open-badges-0.5'
  | 'unknown';

export interface Format {
  type: FormatType;
  /** W3C VC data model version, when recognised. */
  dataModel: 'vc-1.1' | 'vc-2.0' | null;
  /** How the credential is secured. */
  securing: 'data-integrity' | 'vc-jwt' | 'enveloped' | 'hosted' | 'jws' | 'none' | null;
}

/** One `alignment` entry of an achievement: where it points into a skills framework. */
export interface ReportAlignment {
  targetName: string | null;
  targetUrl: string | null;
  targetCode: string | null;
  targetFramework: string | null;
  targetType: string | null;
}

/** An achievement (OB 3.0 Achievement, OB 2.0 BadgeClass) and its alignments. */
export interface ReportAchievement {
  id: string | null;
  name: string | null;
  alignment: ReportAlignment[];
}

export interface ReportSubject {
  credentialId: string | null;
  types: string[];
  issuer: { id: string | null; name: string | null };
  achievementName: string | null;
  validFrom: string | null;
  validUntil: string | null;
  /** The achievements the credential awards, with their alignments to skills frameworks. */
  achievements?: ReportAchievement[];
}

/** Where the credential came from and how it was found. */
export interface ReportSource {
  /** What was handed in: pasted text or JSON, a link, or a file (a baked PNG or SVG). */
  kind: 'pasted' | 'url' | 'png' | 'svg' | 'file';
  /** For links: how the credential was found behind it. */
  discoveredBy?: 'direct' | 'content-negotiation' | 'link-alternate' | 'platform-pattern';
  /** For `platform-pattern` and `content-negotiation`: the platform whose known behaviour was used. */
  platform?: string;
}

/** A relation between two achievements of a CLR, kept for display. */
export interface ReportAssociation {
  associationType: string;
  sourceId: string;
  targetId: string;
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
  /** How the credential reached us; absent when it was given directly as JSON or text. */
  source?: ReportSource;
  /** The credentials inside a CLR or a presentation, each verified in full on its own. */
  credentials?: VerificationReport[];
  /** Endorsements of the credential, its issuer or its achievement; never part of the verdict. */
  endorsements?: VerificationReport[];
  /** CLR 2.0: the associations between achievements. */
  associations?: ReportAssociation[];
}
