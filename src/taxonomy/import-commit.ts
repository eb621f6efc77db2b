// Commits a staged import job: checks that staging finished, skips a framework whose content is
// already live (same hash: nothing changes), and otherwise makes it live in one batch.
import type { Db } from '../db/client';
import { commitFramework } from '../db/taxonomy-commit-batch';
import {
  type FrameworkCommit,
  liveFrameworkHash,
  prepareFrameworkCommit,
} from '../db/taxonomy-commit';
import {
  commitCrosswalk,
  resolveCrosswalk,
  unmatchedCrosswalkRows,
} from '../db/taxonomy-crosswalk-commit';
import { endImportJob } from '../db/taxonomy-imports';
import type { FrameworkKind } from './framework-target';
import { sha256Hex } from './ids';
import { ImportConflictError, ImportInvalidError } from './import-error';
import type { ImportJob } from './import-view';

/** Unmatched crosswalk rows listed in a job's result; the count covers all of them. */
const UNMATCHED_LISTED = 100;

function contentHash(job: ImportJob): Promise<string> {
  const files = job.files.map((file) => file.sha256);
  return sha256Hex(JSON.stringify({ kind: job.kind, target: job.target, files }));
}

async function checkStaged(db: Db, job: ImportJob, now: Date): Promise<void> {
  const staged = job.files.reduce((sum, file) => sum + file.staged, 0);
  if (job.files.length > 0 && staged === job.stagedRows) return;

  const detail = 'This import has no complete file staged; start it again.';
  await endImportJob(
    db,
    job.id,
    { status: 'failed', error: { code: 'staging_incomplete', detail } },
    now,
  );
  throw new ImportConflictError(detail);
}

function frameworkCommit(job: ImportJob, hash: string): FrameworkCommit {
  return {
    jobId: job.id,
    frameworkId: job.frameworkId ?? '',
    organisationId: job.organisationId,
    kind: job.kind as FrameworkKind,
    ...job.target,
    contentHash: hash,
    createdBy: job.createdBy,
  };
}

async function commitFrameworkJob(db: Db, job: ImportJob, hash: string, now: Date) {
  const commit = frameworkCommit(job, hash);
  if ((await liveFrameworkHash(db, commit.frameworkId)) === hash) {
    const result = { unchanged: true, frameworkId: commit.frameworkId };
    await endImportJob(db, job.id, { status: 'unchanged', result, contentHash: hash }, now);
    return;
  }

  const problem = await prepareFrameworkCommit(db, commit);
  if (problem) {
    const { detail, ...location } = problem;
    await endImportJob(
      db,
      job.id,
      { status: 'failed', error: { code: 'import_invalid', detail, ...location } },
      now,
    );
    throw new ImportInvalidError(location, detail);
  }
  await commitFramework(db, commit, now);
}

function reason(matches: number): string {
  return matches === 0 ? 'not found' : matches > 1 ? 'ambiguous' : 'matched';
}

async function commitCrosswalkJob(db: Db, job: ImportJob, hash: string, now: Date) {
  // Never skipped by hash: the same file may match more once other frameworks are imported.
  await resolveCrosswalk(db, job.id, job.organisationId);
  const unmatched = await unmatchedCrosswalkRows(db, job.id, UNMATCHED_LISTED);
  const rows = unmatched.rows.map((row) => ({
    ...row,
    source: reason(row.sourceMatches),
    target: reason(row.targetMatches),
  }));

  const set = {
    jobId: job.id,
    organisationId: job.organisationId,
    origin: 'crosswalk' as const,
    frameworkId: null,
    crosswalkSet: job.target.uri,
    createdBy: job.createdBy,
  };
  await commitCrosswalk(db, set, { count: unmatched.count, rows }, hash, now);
}

/** Commits a job in the `staging` state. Throws `ImportInvalidError` for a bad staged row. */
export async function commitStagedImport(db: Db, job: ImportJob, now: Date): Promise<void> {
  await checkStaged(db, job, now);

  const hash = await contentHash(job);
  if (job.kind === 'crosswalk') await commitCrosswalkJob(db, job, hash, now);
  else await commitFrameworkJob(db, job, hash, now);
}
