// The audit log: append an event to the scope's organisation, read its events newest first.
import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { AuditAction } from '../auth/audit-actions';
import { inScope, type OrgScope, scopedOrganisationId } from './org-scope';
import { type AuditEventRow, auditEvents } from './schema';

/** Who did something: a member, an API key, or the system; `label` is kept for the record. */
export interface AuditActor {
  memberId?: string;
  apiKeyId?: string;
  label: string;
}

/** What was done, and to what. `detail` holds short words, never secrets or personal data. */
export interface AuditEvent {
  id: string;
  occurredAt: Date;
  action: AuditAction;
  actor: AuditActor;
  target?: { type: string; id: string; label?: string };
  detail?: Record<string, string>;
}

/** Appends an event to the scope's organisation's log. */
export async function recordAuditEvent(scope: OrgScope, event: AuditEvent) {
  const { actor, target } = event;

  await scope.db.insert(auditEvents).values({
    id: event.id,
    organisationId: scopedOrganisationId(scope),
    occurredAt: event.occurredAt,
    action: event.action,
    actorMemberId: actor.memberId ?? null,
    actorApiKeyId: actor.apiKeyId ?? null,
    actorLabel: actor.label,
    targetType: target?.type ?? null,
    targetId: target?.id ?? null,
    targetLabel: target?.label ?? null,
    detail: event.detail ?? null,
  });
}

/** Where a page of events ends: the last event's time and id (events are ordered by both). */
export interface AuditCursor {
  occurredAt: Date;
  id: string;
}

/** Up to `limit` events, newest first; only those after `after` (further back) when given. */
export async function listAuditEvents(
  scope: OrgScope,
  { limit, after }: { limit: number; after?: AuditCursor | undefined },
): Promise<AuditEventRow[]> {
  const older = after
    ? or(
        lt(auditEvents.occurredAt, after.occurredAt),
        and(eq(auditEvents.occurredAt, after.occurredAt), lt(auditEvents.id, after.id)),
      )
    : undefined;
  const where = and(inScope(scope, auditEvents.organisationId), older);

  return scope.db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit)
    .all();
}
