// The audit log page (owners): events newest first, a page at a time, with a link further back.
import type { AuditAction } from '../../auth/audit-actions';
import { formatInstant } from '../format';
import { AUDIT_ACTION_LABELS, ORG_WORDS } from './messages';
import { OrgFrame } from './org-frame';
import type { Viewer } from './viewer';

/** One event as the table shows it. */
export interface AuditEventView {
  occurredAt: Date;
  action: string;
  actorLabel: string;
  targetLabel: string | null;
  targetType: string | null;
  detail: Record<string, string> | null;
}

export interface AuditPageProps {
  viewer: Viewer;
  events: AuditEventView[];
  /** The link to the next (older) page, when there may be one. */
  olderHref?: string | undefined;
}

function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action as AuditAction] ?? action;
}

function details(detail: Record<string, string> | null): string {
  if (!detail) return '';

  return Object.entries(detail)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
}

function EventRow({ event }: { event: AuditEventView }) {
  return (
    <tr>
      <td>{formatInstant(event.occurredAt)}</td>
      <td>{event.actorLabel}</td>
      <td>{actionLabel(event.action)}</td>
      <td>{event.targetLabel ?? event.targetType ?? ''}</td>
      <td>{details(event.detail)}</td>
    </tr>
  );
}

/** The audit log page. */
export function AuditPage({ viewer, events, olderHref }: AuditPageProps) {
  return (
    <OrgFrame title={ORG_WORDS.auditTitle} viewer={viewer}>
      <p>{ORG_WORDS.auditIntro}</p>
      {events.length === 0 ? <p>{ORG_WORDS.noEvents}</p> : null}
      {events.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{ORG_WORDS.timeColumn}</th>
              <th scope="col">{ORG_WORDS.actorColumn}</th>
              <th scope="col">{ORG_WORDS.actionColumn}</th>
              <th scope="col">{ORG_WORDS.targetColumn}</th>
              <th scope="col">{ORG_WORDS.detailColumn}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <EventRow event={event} />
            ))}
          </tbody>
        </table>
      ) : null}
      {olderHref ? (
        <p>
          <a href={olderHref}>{ORG_WORDS.olderEvents}</a>
        </p>
      ) : null}
    </OrgFrame>
  );
}
