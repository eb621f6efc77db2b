// Import job rows: create, read (by owner), record a staged file, and end a job that will not
// be committed (failed, abandoned, unchanged), clearing its staging rows in the same batch.
import { and, eq } from 'drizzle-orm';
import type { Db } from './client';
import { runBatch } from './taxonomy-batch';
import { type ImportJobRow, importJobs } from './taxonomy-import-schema';
import { ownedBy } from './taxonomy-scope';
import {
  importStagingCompetencies,
  importStagingCrosswalk,
  importStagingLinks,
  importStagingOccupationSkills,
} from './taxonomy-import-schema';

/** One file of a job, as its progress shows it. */
export interface ImportFileEntry {
  name: string;
  fileType: string;
  /** Data rows in the file (records for JSON). */
  rows: number;
  /** Rows staged from it, after rows describing the same competency were merged. */
  staged: number;
  /** Rows read but not imported (CASE associations to examples, say). */
  skipped: number;
  sha256: string;
  ignored?: string;
}

export interface NewImportJob {
  id: string;
  organisationId: string | null;
  kind: ImportJobRow['kind'];
  frameworkId: string | null;
  target: object;
  createdBy: string | null;
}

/** Creates a job in the `staging` state. */
export async function insertImportJob(db: Db, job: NewImportJob, now: Date): Promise<void> {
  await db.insert(importJobs).values({
    ...job,
    target: JSON.stringify(job.target),
    status: 'staging',
    createdAt: now,
    updatedAt: now,
  });
}

/** The job with this id, if this owner (an organisation, or null for the operator) owns it. */
export async function findImportJob(
  db: Db,
  organisationId: string | null,
  id: string,
): Promise<ImportJobRow | undefined> {
  return db
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.id, id), ownedBy(importJobs.organisationId, organisationId)))
    .get();
}

/** Records the job's files after one more was staged. */
export async function recordImportFiles(
  db: Db,
  jobId: string,
  files: ImportFileEntry[],
  now: Date,
): Promise<void> {
  await db
    .update(importJobs)
    .set({ files: JSON.stringify(files), updatedAt: now })
    .where(eq(importJobs.id, jobId));
}

function clearStaging(db: Db, jobId: string) {
  return [
    db.delete(importStagingCompetencies).where(eq(importStagingCompetencies.jobId, jobId)),
    db.delete(importStagingLinks).where(eq(importStagingLinks.jobId, jobId)),
    db.delete(importStagingOccupationSkills).where(eq(importStagingOccupationSkills.jobId, jobId)),
    db.delete(importStagingCrosswalk).where(eq(importStagingCrosswalk.jobId, jobId)),
  ] as const;
}

/** Ends a job that is still staging, with its outcome, and deletes its staging rows. */
export async function endImportJob(
  db: Db,
  jobId: string,
  outcome: {
    status: 'failed' | 'abandoned' | 'unchanged';
    error?: object;
    result?: object;
    contentHash?: string;
  },
  now: Date,
): Promise<void> {
  const ended = db
    .update(importJobs)
    .set({
      status: outcome.status,
      error: outcome.error ? JSON.stringify(outcome.error) : null,
      result: outcome.result ? JSON.stringify(outcome.result) : null,
      contentHash: outcome.contentHash ?? null,
      updatedAt: now,
    })
    .where(and(eq(importJobs.id, jobId), eq(importJobs.status, 'staging')));

  await runBatch(db, [ended, ...clearStaging(db, jobId)]);
}

/** The statements that delete a job's staging rows, for a commit batch to end with. */
export function clearStagingStatements(db: Db, jobId: string) {
  return clearStaging(db, jobId);
}
