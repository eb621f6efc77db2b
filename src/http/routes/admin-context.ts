// What every framework admin route needs: the signed-in member's organisation (the only one its
// queries act for), the pages' viewer, competencies and frameworks as the pages name them, a
// page offset, and the local admin path to return to after a form.
import type { Context } from 'hono';
import type { MemberAccess } from '../../auth/access';
import type { Db } from '../../db/client';
import { findCompetencies } from '../../db/taxonomy-frameworks';
import type { CompetencyRow, FrameworkRow } from '../../db/taxonomy-schema';
import type { AdminViewer, CompetencyRef, FrameworkView } from '../../pages/admin/views';
import type { AppEnv } from '../app-env';
import { memberOf } from '../middleware/auth-guards';
import { localPath } from './auth-form';

type Ctx = Context<AppEnv>;

/** The signed-in member of an admin page and the organisation the page acts for. */
export function adminOf(c: Ctx): { access: MemberAccess; organisationId: string } {
  const access = memberOf(c);
  return { access, organisationId: access.organisation.id };
}

/** The admin pages' viewer. */
export function adminViewerOf(access: MemberAccess): AdminViewer {
  return {
    name: access.member.name,
    organisationName: access.organisation.name,
    csrfToken: access.session?.csrfToken ?? '',
  };
}

/** A framework row as the pages show it; `own` when the organisation owns it. */
export function frameworkView(row: FrameworkRow, organisationId: string): FrameworkView {
  const { id, kind, title, version, source, licence, attribution, competencyCount } = row;
  const own = row.organisationId === organisationId;
  return { id, kind, title, version, source, licence, attribution, competencyCount, own };
}

/** A competency row with its framework, as the pages name it. */
export function competencyRef(row: { competency: CompetencyRow; framework: FrameworkRow }) {
  const { id, label, code, frameworkId } = row.competency;
  return { id, label, code, frameworkId, frameworkTitle: row.framework.title };
}

/** Competencies by id (only those the organisation sees), with their frameworks' rows. */
export async function competencyRefs(db: Db, organisationId: string, ids: Iterable<string>) {
  const rows = await findCompetencies(db, organisationId, [...new Set(ids)]);
  const refs = new Map<string, CompetencyRef>(
    rows.map((row) => [row.competency.id, competencyRef(row)]),
  );
  const frameworks = new Map(rows.map((row) => [row.framework.id, row.framework]));
  return { refs, frameworks };
}

/** A competency the organisation cannot see (never shown for live data): its id as the label. */
export function unknownRef(id: string): CompetencyRef {
  return { id, label: id, code: null, frameworkId: '', frameworkTitle: '' };
}

/** `start` from the query: where a page of a list starts (0 when absent or not a small number). */
export function readStart(c: Ctx): number {
  const start = Number(c.req.query('start') ?? '0');
  return Number.isSafeInteger(start) && start >= 0 && start <= 1_000_000 ? start : 0;
}

/** A posted `back` path under /admin, or `fallback` (another site, or another part, never). */
export function backPath(value: string, fallback: string): string {
  const path = localPath(value);
  return path?.startsWith('/admin/') ? path : fallback;
}
