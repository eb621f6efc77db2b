// The report page: the verdict in words, authenticity, issuer, achievement, validity dates and
// every check in order. Everything that came from the credential is rendered as escaped text.
import type { Check, VerificationReport } from '../verify/report/types';
import { asText, formatInstant } from './format';
import { Layout } from './layout';
import {
  authenticLabel,
  CHECK_NAMES,
  CHECK_STATUS_LABELS,
  MESSAGES,
  VERDICT_EXPLANATIONS,
  VERDICT_LABELS,
} from './messages';

export interface ReportPageProps {
  report: VerificationReport;
  permalink: string;
  createdAt: Date;
  expiresAt: Date;
}

function Fact({ label, value }: { label: string; value: unknown }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{asText(value) ?? MESSAGES.notStated}</dd>
    </>
  );
}

function CheckItem({ check }: { check: Check }) {
  return (
    <li>
      <span class={`status status-${check.status}`}>{CHECK_STATUS_LABELS[check.status]}</span>
      <span class="check-name">{CHECK_NAMES[check.id] ?? asText(check.id)}</span>
      <p class="check-message">{asText(check.message)}</p>
      <p class="code">{asText(check.code)}</p>
    </li>
  );
}

/** One stored verification report, as a hiring manager reads it. */
export function ReportPage({ report, permalink, createdAt, expiresAt }: ReportPageProps) {
  const subject = report.subject;

  return (
    <Layout title={MESSAGES.reportTitle} noIndex>
      <h1>{MESSAGES.reportTitle}</h1>
      <section class={`verdict verdict-${report.verdict}`} aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">{MESSAGES.verdictHeading}</h2>
        <strong>{VERDICT_LABELS[report.verdict]}</strong>
        <p>{VERDICT_EXPLANATIONS[report.verdict]}</p>
      </section>
      <h2>Credential</h2>
      <dl class="facts card">
        <Fact label={MESSAGES.authenticLabel} value={authenticLabel(report.authentic)} />
        <Fact label={MESSAGES.issuerLabel} value={subject?.issuer.name} />
        <Fact label={MESSAGES.issuerIdLabel} value={subject?.issuer.id} />
        <Fact label={MESSAGES.achievementLabel} value={subject?.achievementName} />
        <Fact label={MESSAGES.validFromLabel} value={subject?.validFrom} />
        <Fact label={MESSAGES.validUntilLabel} value={subject?.validUntil} />
      </dl>
      <h2>{MESSAGES.checksHeading}</h2>
      <ol class="checks">
        {report.checks.map((check) => (
          <CheckItem check={check} />
        ))}
      </ol>
      <h2>About this report</h2>
      <dl class="facts card">
        <dt>{MESSAGES.permalinkLabel}</dt>
        <dd>
          <a href={permalink}>{permalink}</a>
        </dd>
        <dt>{MESSAGES.verifiedAtLabel}</dt>
        <dd>
          <time datetime={createdAt.toISOString()}>{formatInstant(createdAt)}</time>
        </dd>
        <dt>{MESSAGES.expiresAtLabel}</dt>
        <dd>
          <time datetime={expiresAt.toISOString()}>{formatInstant(expiresAt)}</time>
        </dd>
      </dl>
      <p>
        <a href="/">{MESSAGES.verifyAnother}</a>
      </p>
    </Layout>
  );
}
