// The audit log page (owners only), a page of events at a time. `after` names the last event of
// the previous page (`<time in ms>.<id>`); anything else there is a 400.
import { type Context, Hono } from 'hono';
import { isRowId } from '../../auth/tokens';
import { type AuditCursor, listAuditEvents } from '../../db/audit';
import { AuditPage } from '../../pages/org/audit-page';
import type { AppEnv } from '../app-env';
import { memberOf, requirePermission } from '../middleware/auth-guards';
import { ProblemError } from '../problems';
import { viewerOf } from './org-viewer';

type Ctx = Context<AppEnv>;

const PAGE_SIZE = 100;

function readCursor(value: string | undefined): AuditCursor | undefined {
  if (value === undefined) return undefined;

  const match = /^(\d{1,15})\.([A-Za-z0-9_-]+)$/.exec(value);
  if (!match?.[1] || !match[2] || !isRowId(match[2])) {
    throw new ProblemError('input_invalid', 'The audit log page asked for does not exist.');
  }
  return { occurredAt: new Date(Number(match[1])), id: match[2] };
}

async function showAudit(c: Ctx) {
  const access = memberOf(c);
  const after = readCursor(c.req.query('after'));
  const events = await listAuditEvents(access.scope, { limit: PAGE_SIZE, after });

  const last = events.length === PAGE_SIZE ? events[events.length - 1] : undefined;
  const olderHref = last ? `/org/audit?after=${last.occurredAt.getTime()}.${last.id}` : undefined;
  return c.html(<AuditPage viewer={viewerOf(access)} events={events} olderHref={olderHref} />);
}

/** Routes under /org for the audit log. */
export const orgAuditRoutes = new Hono<AppEnv>().get(
  '/audit',
  requirePermission('audit:read'),
  showAudit,
);
