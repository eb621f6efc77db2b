// The import job as the API and the command line show it: status, files, progress, outcome.
import type { ImportFileEntry } from '../db/taxonomy-imports';
import type { ImportJobRow } from '../db/taxonomy-import-schema';
import type { FrameworkTarget } from './framework-target';

/** An import job, with its JSON columns read. */
export interface ImportJob {
  id: string;
  kind: ImportJobRow['kind'];
  status: ImportJobRow['status'];
  organisationId: string | null;
  frameworkId: string | null;
  target: FrameworkTarget;
  files: ImportFileEntry[];
  /** Rows staged so far: the progress of a job that is still staging. */
  stagedRows: number;
  /** What the commit changed (added, removed, changed counts), once it is committed. */
  result: Record<string, unknown> | null;
  /** Why the job failed: a code, a detail, and the file, row and column when a file was bad. */
  error: Record<string, unknown> | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

function json<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}

/** The job of a row. */
export function importJobOf(row: ImportJobRow): ImportJob {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    organisationId: row.organisationId,
    frameworkId: row.frameworkId,
    target: JSON.parse(row.target) as FrameworkTarget,
    files: JSON.parse(row.files) as ImportFileEntry[],
    stagedRows: row.stagedRows,
    result: json(row.result),
    error: json(row.error),
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
