// Reports inside a report: the credentials of a CLR or a presentation, and endorsements. Each is
// shown with its own verdict and, folded, its own checks.
import type { ReportAssociation, VerificationReport } from '../verify/report/types';
import { CheckList } from './check-list';
import { asText } from './format';
import { VERDICT_LABELS } from './messages';
import { FORMAT_LABELS, NESTED_WORDS } from './report-words';

function title(report: VerificationReport): string {
  const subject = report.subject;
  return asText(subject?.achievementName) ?? asText(subject?.credentialId) ?? NESTED_WORDS.untitled;
}

function NestedReport({ report }: { report: VerificationReport }) {
  const issuer = asText(report.subject?.issuer.name) ?? asText(report.subject?.issuer.id);

  return (
    <li class="card nested">
      <span class={`status verdict-word verdict-${report.verdict}`}>
        {VERDICT_LABELS[report.verdict]}
      </span>
      <strong>{title(report)}</strong>
      <p>
        {FORMAT_LABELS[report.format.type]}
        {issuer ? ` · ${issuer}` : ''}
      </p>
      <details>
        <summary>{NESTED_WORDS.showChecks}</summary>
        <CheckList checks={report.checks} />
      </details>
    </li>
  );
}

export function NestedReports(props: {
  heading: string;
  intro: string;
  reports?: VerificationReport[];
}) {
  if (!props.reports || props.reports.length === 0) return null;

  return (
    <section>
      <h2>{props.heading}</h2>
      <p>{props.intro}</p>
      <ul class="nested-list">
        {props.reports.map((report) => (
          <NestedReport report={report} />
        ))}
      </ul>
    </section>
  );
}

export function Associations({ associations }: { associations?: ReportAssociation[] }) {
  if (!associations || associations.length === 0) return null;

  return (
    <section>
      <h2>{NESTED_WORDS.associationsHeading}</h2>
      <ul>
        {associations.map((a) => (
          <li>
            <code>{asText(a.sourceId)}</code> {asText(a.associationType)}{' '}
            <code>{asText(a.targetId)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
