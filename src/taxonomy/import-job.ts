// Import jobs: start one with its first files, add files over later requests, commit it in one
// batch, or abandon it. Every file is read and checked whole before anything is written.
import type { Db } from '../db/client';
import {
  endImportJob,
  findImportJob,
  type ImportFileEntry,
  insertImportJob,
  recordImportFiles,
} from '../db/taxonomy-imports';
import { type StagedFile, stageFile } from '../db/taxonomy-staging';
import type { ImportKind, ImportOptions } from './framework-target';
import { frameworkIdFor, randomId, sha256Hex } from './ids';
import { commitStagedImport } from './import-commit';
import { ImportConflictError } from './import-error';
import { type ImportFile, type ReadImport, readImportFiles } from './import-read';
import { stagedFileOf } from './import-stage';
import { type ImportJob, importJobOf } from './import-view';

/** A new import, as the API or the command line asks for it. */
export interface ImportRequest {
  /** The owner: an organisation, or null for public reference data (the operator). */
  organisationId: string | null;
  kind: ImportKind;
  files: ImportFile[];
  options: ImportOptions;
  createdBy: string | null;
  /** Where a CASE package was fetched from, when it came from a CASE API. */
  sourceUrl?: string | null;
}

/** Every file's staging rows, built (and so checked) before the first write. */
function stagedFilesOf(read: ReadImport, frameworkId: string | null): Promise<StagedFile[]> {
  return Promise.all(read.parsed.map((parsed) => stagedFileOf(parsed, frameworkId)));
}

async function stageAll(
  db: Db,
  job: { id: string; files: ImportFileEntry[] },
  files: readonly ImportFile[],
  read: ReadImport,
  staged: StagedFile[],
  now: Date,
): Promise<void> {
  const entries = [...job.files];

  for (const [index, parsed] of read.parsed.entries()) {
    const rows = await stageFile(db, job.id, staged[index] as StagedFile, now);
    entries.push({
      name: parsed.file,
      fileType: parsed.fileType,
      rows: parsed.rows,
      staged: rows,
      skipped: parsed.skipped,
      sha256: await sha256Hex(files[index]?.text ?? ''),
      ...(parsed.ignored ? { ignored: parsed.ignored } : {}),
    });
    await recordImportFiles(db, job.id, entries, now);
  }
}

async function failOnError<T>(db: Db, jobId: string, now: Date, work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    const detail = 'Staging stopped part-way; nothing was made live. Start the import again.';
    await endImportJob(
      db,
      jobId,
      { status: 'failed', error: { code: 'staging_failed', detail } },
      now,
    );
    throw error;
  }
}

async function loadJob(db: Db, organisationId: string | null, id: string) {
  const row = await findImportJob(db, organisationId, id);
  return row ? importJobOf(row) : null;
}

async function reload(db: Db, organisationId: string | null, id: string): Promise<ImportJob> {
  const job = await loadJob(db, organisationId, id);
  if (!job) throw new Error('An import job disappeared while it was being written.');
  return job;
}

/**
 * Starts an import: reads and checks every file, creates the job, stages the rows, and commits
 * unless `commit` is false (more files will follow through `addImportFiles`).
 */
export async function startImport(
  db: Db,
  request: ImportRequest,
  commit: boolean,
  now: Date,
): Promise<ImportJob> {
  const { organisationId, kind, files, options, createdBy } = request;
  const read = readImportFiles(kind, files, options, 0, request.sourceUrl ?? null);
  const frameworkId =
    kind === 'crosswalk' ? null : await frameworkIdFor(organisationId, read.target.uri);

  const staged = await stagedFilesOf(read, frameworkId);

  const id = randomId('im_');
  const target = read.target;
  await insertImportJob(db, { id, organisationId, kind, frameworkId, target, createdBy }, now);
  await failOnError(db, id, now, () => stageAll(db, { id, files: [] }, files, read, staged, now));

  if (commit) await commitImport(db, organisationId, id, now);
  return reload(db, organisationId, id);
}

function requireStaging(job: ImportJob): void {
  if (job.status !== 'staging') {
    throw new ImportConflictError(`This import is ${job.status}; it takes no more files.`);
  }
  if (job.kind === 'case') throw new ImportConflictError('A CASE import takes one CFPackage.');
}

/** Adds files to a job that is still staging. Null when the owner has no such job. */
export async function addImportFiles(
  db: Db,
  organisationId: string | null,
  jobId: string,
  files: ImportFile[],
  now: Date,
): Promise<ImportJob | null> {
  const job = await loadJob(db, organisationId, jobId);
  if (!job) return null;
  requireStaging(job);

  // The job's target was fixed when it started; only the rows of these files are read here.
  const read = readImportFiles(job.kind, files, {}, job.files.length);
  const staged = await stagedFilesOf(read, job.frameworkId);
  await failOnError(db, job.id, now, () => stageAll(db, job, files, read, staged, now));

  return loadJob(db, organisationId, jobId);
}

/** Commits a staging job (a committed one is returned as it is). Null when there is none. */
export async function commitImport(
  db: Db,
  organisationId: string | null,
  jobId: string,
  now: Date,
): Promise<ImportJob | null> {
  const job = await loadJob(db, organisationId, jobId);
  if (!job) return null;
  if (job.status === 'committed' || job.status === 'unchanged') return job;
  if (job.status !== 'staging') throw new ImportConflictError(`This import is ${job.status}.`);

  await commitStagedImport(db, job, now);
  return loadJob(db, organisationId, jobId);
}

/** Abandons a staging job and deletes its staging rows. Null when there is none. */
export async function abandonImport(
  db: Db,
  organisationId: string | null,
  jobId: string,
  now: Date,
): Promise<ImportJob | null> {
  const job = await loadJob(db, organisationId, jobId);
  if (!job) return null;
  if (job.status !== 'staging') throw new ImportConflictError(`This import is ${job.status}.`);

  await endImportJob(db, job.id, { status: 'abandoned' }, now);
  return loadJob(db, organisationId, jobId);
}

/** The job with this id, if the owner has one. */
export function getImportJob(db: Db, organisationId: string | null, jobId: string) {
  return loadJob(db, organisationId, jobId);
}
