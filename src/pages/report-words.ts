// Words for the parts of a report beyond the checks: formats, where a credential came from,
// and the sections for credentials inside a record, endorsements and associations.
import type { FormatType, ReportSource } from '../verify/report/types';

export const FORMAT_LABELS: Readonly<Record<FormatType, string>> = {
  'open-badges-3.0': 'Open Badges 3.0',
  'clr-2.0': 'Comprehensive Learner Record 2.0',
  'verifiable-credential': 'W3C Verifiable Credential',
  'verifiable-presentation': 'W3C Verifiable Presentation',
  'open-badges-2.0': 'Open Badges 2.0',
  'open-badges-1.1': 'Open Badges 1.1',
  'open-badges-1.0': 'Open Badges 1.0',
  'open-badges-0.5': 'Open Badges 0.5',
  unknown: 'Not recognised',
};

const SOURCE_KINDS: Readonly<Record<ReportSource['kind'], string>> = {
  pasted: 'Pasted',
  url: 'From a link',
  png: 'Baked into a PNG image',
  svg: 'Baked into an SVG image',
  file: 'From an uploaded file',
};

const DISCOVERY: Readonly<Record<NonNullable<ReportSource['discoveredBy']>, string>> = {
  direct: 'the link answered with the credential itself',
  'content-negotiation': 'asked the link for its machine-readable version',
  'link-alternate': "followed the page's link to its machine-readable version",
  'platform-pattern': "used the platform's documented address for the credential",
};

/** One sentence on how the credential reached us. */
export function sourceLabel(source: ReportSource): string {
  const kind = SOURCE_KINDS[source.kind];
  if (!source.discoveredBy) return kind;

  const platform = source.platform ? ` (${source.platform})` : '';
  return `${kind}: ${DISCOVERY[source.discoveredBy]}${platform}`;
}

export const NESTED_WORDS = {
  sourceLabel: 'How it reached us',
  formatLabel: 'Format',
  credentialsHeading: 'Credentials inside',
  credentialsIntro:
    'Each credential inside was verified on its own. Its verdict is its own and does not change ' +
    'the verdict above.',
  endorsementsHeading: 'Endorsements',
  endorsementsIntro:
    'Endorsements are statements by third parties. Each was verified on its own; none changes ' +
    'the verdict above.',
  associationsHeading: 'How the achievements relate',
  showChecks: 'Show its checks',
  alignmentsHeading: 'Skills it aligns to',
  alignmentsIntro:
    'What the issuer says this achievement aligns to in skills frameworks, as written in the ' +
    'credential.',
  untitled: 'Untitled credential',
} as const;
