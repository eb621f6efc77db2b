// The report page: the verdict in words, authenticity, issuer, achievement, validity dates and
// every check in order. Everything that came from the credential is rendered as escaped text.
import type { VerificationReport } from '../verify/report/types';
import type { AccountNavAccount } from './auth/account-nav';
import { CheckList } from './check-list';
import { asText, formatInstant } from './format';
import { Layout } from './layout';
import { authenticLabel, MESSAGES, VERDICT_EXPLANATIONS, VERDICT_LABELS } from './messages';
import { AchievementsSection } from './achievements-section';
import { Associations, NestedReports } from './nested-reports';
import { FORMAT_LABELS, NESTED_WORDS, sourceLabel } from './report-words';

export interface ReportPageProps {
  report: VerificationReport;
  permalink: string;
  createdAt: Date;
  expiresAt: Date;
  /** The signed-in member for the header, if any. */
  account?: AccountNavAccount | null;
}

function Fact({ label, value }: { label: string; value: unknown }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{asText(value) ?? MESSAGES.notStated}</dd>
    </>
  );
}

/** One stored verification report, as a hiring manager reads it. */
export function ReportPage(props: ReportPageProps) {
  const { report, permalink, createdAt, expiresAt, account } = props;
  const subject = report.subject;

  return (
    <Layout title={MESSAGES.reportTitle} noIndex account={account}>
      <h1>{MESSAGES.reportTitle}</h1>
      <section class={`verdict verdict-${report.verdict}`} aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">{MESSAGES.verdictHeading}</h2>
        <strong>{VERDICT_LABELS[report.verdict]}</strong>
        <p>{VERDICT_EXPLANATIONS[report.verdict]}</p>
      </section>
      <h2>Credential</h2>
      <dl class="facts card">
        <Fact label={MESSAGES.authenticLabel} value={authenticLabel(report.authentic)} />
        <Fact label={NESTED_WORDS.formatLabel} value={FORMAT_LABELS[report.format.type]} />
        {report.source ? (
          <Fact label={NESTED_WORDS.sourceLabel} value={sourceLabel(report.source)} />
        ) : null}
        <Fact label={MESSAGES.issuerLabel} value={subject?.issuer.name} />
        <Fact label={MESSAGES.issuerIdLabel} value={subject?.issuer.id} />
        <Fact label={MESSAGES.achievementLabel} value={subject?.achievementName} />
        <Fact label={MESSAGES.validFromLabel} value={subject?.validFrom} />
        <Fact label={MESSAGES.validUntilLabel} value={subject?.validUntil} />
      </dl>
      <h2>{MESSAGES.checksHeading}</h2>
      <CheckList checks={report.checks} />
      <AchievementsSection achievements={report.subject?.achievements} />
      <NestedReports
        heading={NESTED_WORDS.credentialsHeading}
        intro={NESTED_WORDS.credentialsIntro}
        reports={report.credentials}
      />
      <Associations associations={report.associations} />
      <NestedReports
        heading={NESTED_WORDS.endorsementsHeading}
        intro={NESTED_WORDS.endorsementsIntro}
        reports={report.endorsements}
      />
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
