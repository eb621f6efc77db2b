// Writes audit events with a fresh id and the request's time.
import { type AuditActor, type AuditEvent, recordAuditEvent } from '../db/audit';
import type { OrgScope } from '../db/org-scope';
import type { AuditAction } from './audit-actions';
import { newRowId } from './tokens';

/** One event to record: the action, who, and optionally the target and short details. */
export interface AuditEntry {
  action: AuditAction;
  actor: AuditActor;
  target?: AuditEvent['target'];
  detail?: Record<string, string>;
}

/** Records an event in the scope's organisation at `now`. */
export async function audit(scope: OrgScope, now: Date, entry: AuditEntry) {
  await recordAuditEvent(scope, { id: newRowId(), occurredAt: now, ...entry });
}
