// The words the pages show, in one catalogue: verdicts, check statuses, check names, labels.
import type { CheckId, CheckStatus, Verdict } from '../verify/report/types';

/** The verdict in words, as a hiring manager reads it. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  valid: 'Valid',
  invalid: 'Not valid',
  indeterminate: 'Could not be fully checked',
};

/** A sentence under the verdict that says what it means. */
export const VERDICT_EXPLANATIONS: Readonly<Record<Verdict, string>> = {
  valid: 'Every required check passed.',
  invalid: 'At least one required check failed.',
  indeterminate: 'Nothing failed, but something required could not be checked.',
};

export const CHECK_STATUS_LABELS: Readonly<Record<CheckStatus, string>> = {
  passed: 'Passed',
  failed: 'Failed',
  warning: 'Warning',
  unknown: 'Could not check',
  not_applicable: 'Not applicable',
};

export const CHECK_NAMES: Readonly<Record<CheckId, string>> = {
  input: 'Input',
  context: 'JSON-LD context',
  structure: 'Structure',
  schema: 'Credential schema',
  proof: 'Proof (signature)',
  issuer_binding: 'Issuer owns the key',
  status: 'Revocation and suspension status',
  validity_period: 'Validity period',
  refresh: 'Refresh service',
  hosted_copy: 'Hosted copy matches',
  recipient: 'Issued to this candidate',
  challenge: 'Presentation challenge',
  holder_binding: 'Presented by the subject',
};

/** Whether the credential is authentic: true, false, or null (could not tell). */
export function authenticLabel(authentic: boolean | null): string {
  if (authentic === true) return 'Yes: really from this issuer and unaltered';
  if (authentic === false) return 'No: the proof or the issuer binding failed';
  return 'Could not tell';
}

export const MESSAGES = {
  siteName: 'Proofpath',
  homeTitle: 'Verify a credential',
  homeIntro:
    'Paste an Open Badge or Verifiable Credential (JSON or a JWT), give the link you were sent, ' +
    'or upload the badge image or file. You get a report of every check and a permalink to share.',
  credentialLabel: 'Credential (JSON or JWT)',
  urlLabel: 'Or a link to the credential',
  urlHint: 'An https:// address.',
  recipientLabel: "Candidate's email, web address, phone or DID (optional)",
  recipientHint:
    'When given, the report says whether the credential was issued to this person. It is not stored.',
  submit: 'Verify',
  formErrorHeading: 'The credential could not be submitted',
  reportTitle: 'Verification report',
  verdictHeading: 'Verdict',
  authenticLabel: 'Authentic',
  issuerLabel: 'Issuer',
  issuerIdLabel: 'Issuer id',
  achievementLabel: 'Achievement',
  validFromLabel: 'Valid from',
  validUntilLabel: 'Valid until',
  checksHeading: 'Checks, in the order they ran',
  permalinkLabel: 'Permalink',
  verifiedAtLabel: 'Verified',
  expiresAtLabel: 'This report is kept until',
  notStated: 'Not stated',
  verifyAnother: 'Verify another credential',
  notFoundTitle: 'Report not found',
  notFoundText:
    'There is no report at this address. It may have expired, or the link may be incomplete.',
  pageNotFoundTitle: 'Page not found',
  pageNotFoundText: 'There is no page at this address.',
  apiDocs: 'API documentation',
} as const;

/** The upload field of the home form. */
export const UPLOAD_WORDS = {
  label: 'Or upload a file',
  hint: 'A baked badge image (PNG or SVG), or a JSON or JWT file, up to 5 MiB.',
} as const;

/** Why the home form was refused, in a hiring manager's words, by problem code. */
export const FORM_ERRORS: Readonly<Record<string, string>> = {
  input_missing: 'There was nothing to verify. Paste a credential, give a link, or choose a file.',
  input_ambiguous: 'Give just one thing to verify: a pasted credential, a link, or a file.',
  payload_too_large: 'That is too large to be a credential. The limit is 1 MiB (5 MiB for images).',
  url_forbidden: 'That link points somewhere Proofpath will not go (a private or local address).',
  url_invalid: 'That does not look like a web address. Links start with https://.',
  input_invalid: 'The form could not be read. Please try again.',
};
