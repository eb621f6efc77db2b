// The import API: start an import (files, or a CASE API URL), add files to it over as many
// requests as it takes, commit it in one batch, read its progress, or abandon it.
import { type Context, Hono } from 'hono';
import {
  abandonImport,
  addImportFiles,
  commitImport,
  getImportJob,
  startImport,
} from '../../taxonomy/import-job';
import type { ImportJob } from '../../taxonomy/import-view';
import type { AppEnv } from '../app-env';
import { methodNotAllowed } from '../method-not-allowed';
import { bodyLimit } from '../middleware/body-limit';
import { ProblemError, refuse } from '../problems';
import { idempotentWrite, type WriteAnswer } from './taxonomy-idempotency';
import { readImportSubmission } from './taxonomy-import-body';
import { requireOperator } from './taxonomy-operator';
import { requestOrganisation } from './taxonomy-params';
import { audit } from '../../auth/audit-log';
import { auditActor } from '../../auth/access';
import { withProblems } from './taxonomy-problems';
import { importJobResource } from './taxonomy-resources';

type Ctx = Context<AppEnv>;

/**
 * The largest import request: 16 MiB. Larger files are sent in parts, one request each. At
 * 90 KB per staging statement and 20 statements per batch, 16 MiB stages in about ten D1 calls,
 * and a whole request (job, staging, commit) stays under 30: inside the Workers free plan's 50.
 */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

function found(job: ImportJob | null): ImportJob {
  if (!job) throw new ProblemError('not_found', 'There is no import with this id.');
  return job;
}

function answer(job: ImportJob, status: WriteAnswer['status']): WriteAnswer {
  return { status, body: importJobResource(job), location: `/api/v1/imports/${job.id}` };
}

async function createImport(c: Ctx) {
  const submission = await readImportSubmission(c, true);
  const { kind, files, options, commit, sourceUrl, fingerprint } = submission;
  if (!kind) return refuse('input_invalid', 'kind is required.');

  return idempotentWrite(c, fingerprint, async () => {
    const organisationId = requestOrganisation(c);
    const access = c.var.access;
    const createdBy = access ? auditActor(access).label : 'operator';
    const request = { organisationId, kind, files, options, createdBy, sourceUrl };
    const job = await startImport(c.var.db, request, commit, c.var.now());
    if (access) {
      const detail = { kind, job: job.id };
      await audit(access.scope, c.var.now(), {
        action: 'data_imported',
        actor: auditActor(access),
        detail,
      });
    }
    return answer(job, job.status === 'staging' ? 202 : 201);
  });
}

async function addFiles(c: Ctx) {
  const submission = await readImportSubmission(c, false);
  const id = c.req.param('id') ?? '';

  return idempotentWrite(c, submission.fingerprint, async () => {
    const job = await addImportFiles(
      c.var.db,
      requestOrganisation(c),
      id,
      submission.files,
      c.var.now(),
    );
    return answer(found(job), 202);
  });
}

async function commit(c: Ctx) {
  const id = c.req.param('id') ?? '';
  return idempotentWrite(c, new Uint8Array(), async () => {
    const job = await commitImport(c.var.db, requestOrganisation(c), id, c.var.now());
    return answer(found(job), 200);
  });
}

async function read(c: Ctx) {
  const job = found(await getImportJob(c.var.db, requestOrganisation(c), c.req.param('id') ?? ''));
  c.header('Cache-Control', 'no-store');
  return c.json(importJobResource(job), 200);
}

async function abandon(c: Ctx) {
  const id = c.req.param('id') ?? '';
  const job = found(await abandonImport(c.var.db, requestOrganisation(c), id, c.var.now()));
  return c.json(importJobResource(job), 200);
}

const operator = requireOperator();
const limit = bodyLimit(MAX_IMPORT_BYTES);

/** Routes under /api/v1. Import jobs are read and written with the operator token. */
export const taxonomyImportsApi = new Hono<AppEnv>()
  .post('/imports', operator, limit, withProblems(createImport))
  .all('/imports', methodNotAllowed('POST'))
  .get('/imports/:id', operator, withProblems(read))
  .delete('/imports/:id', operator, withProblems(abandon))
  .all('/imports/:id', methodNotAllowed('GET, HEAD, DELETE'))
  .post('/imports/:id/files', operator, limit, withProblems(addFiles))
  .all('/imports/:id/files', methodNotAllowed('POST'))
  .post('/imports/:id/commit', operator, withProblems(commit))
  .all('/imports/:id/commit', methodNotAllowed('POST'));
