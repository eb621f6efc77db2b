// Importing through the admin pages: the form's POST runs the import for the organisation's
// private data in this request and shows the job; a file that cannot be imported comes back on
// the frameworks page with the row and column to fix. Each import is recorded in the audit log.
import { type Context, Hono } from 'hono';
import { auditActor, type MemberAccess } from '../../auth/access';
import { audit } from '../../auth/audit-log';
import { ImportPage } from '../../pages/admin/import-page';
import type { Attribution } from '../../taxonomy/attribution';
import { getImportJob, startImport } from '../../taxonomy/import-job';
import type { ImportJob } from '../../taxonomy/import-view';
import type { AppEnv } from '../app-env';
import { ProblemError } from '../problems';
import { adminOf, adminViewerOf } from './admin-context';
import { frameworksPage } from './admin-frameworks';
import { importErrorOf, jobErrorView } from './admin-import-errors';
import { type ImportAsked, readImportForm } from './admin-import-form';

type Ctx = Context<AppEnv>;

async function recordImport(c: Ctx, access: MemberAccess, job: ImportJob) {
  const target = job.frameworkId
    ? { type: 'framework', id: job.frameworkId, label: job.target.title }
    : { type: 'crosswalk', id: job.id, label: job.target.title };
  const detail = { kind: job.kind, status: job.status, job: job.id };

  await audit(access.scope, c.var.now(), {
    action: 'data_imported',
    actor: auditActor(access),
    target,
    detail,
  });
}

async function importFor(c: Ctx, asked: ImportAsked): Promise<ImportJob> {
  const { access, organisationId } = adminOf(c);
  const request = { organisationId, ...asked, createdBy: access.member.email };

  const job = await startImport(c.var.db, request, true, c.var.now());
  await recordImport(c, access, job);
  return job;
}

async function runImport(c: Ctx) {
  const form = await readImportForm(c);
  if (!form.ok) {
    return frameworksPage(c, { importError: form.error, values: form.values }, form.status);
  }

  try {
    const job = await importFor(c, form.asked);
    return c.redirect(`/admin/imports/${job.id}`, 303);
  } catch (error) {
    const refused = importErrorOf(error);
    if (!refused) throw error;
    return frameworksPage(c, { importError: refused.view, values: form.values }, refused.status);
  }
}

function importView(job: ImportJob) {
  const files = job.files.map(({ name, fileType, rows, staged, skipped }) => {
    return { name, fileType, rows, staged, skipped };
  });
  return {
    id: job.id,
    status: job.status,
    title: job.target.title,
    frameworkId: job.frameworkId,
    createdBy: job.createdBy,
    createdAt: job.createdAt,
    files,
    result: job.result,
    error: jobErrorView(job.error),
  };
}

/** The attribution of what the job imported, as its target names it. */
function noticeOf(job: ImportJob): Attribution {
  const { title, version, source, licence, attribution } = job.target;
  return { frameworkId: job.frameworkId ?? job.id, title, version, source, licence, attribution };
}

async function showImport(c: Ctx) {
  const { access, organisationId } = adminOf(c);
  const job = await getImportJob(c.var.db, organisationId, c.req.param('id') ?? '');
  if (!job) throw new ProblemError('not_found', 'There is no import with this id.');

  const props = {
    viewer: adminViewerOf(access),
    job: importView(job),
    attribution: [noticeOf(job)],
  };
  return c.html(<ImportPage {...props} />);
}

/** Routes under /admin for imports. */
export const adminImportRoutes = new Hono<AppEnv>()
  .post('/imports', runImport)
  .get('/imports/:id', showImport);
