// An import job's page: its outcome, what changed (added, removed, changed, per kind of row),
// the files read, or why it failed (the file, row and column), and the framework's attribution.
import { formatInstant } from '../format';
import { AdminFrame } from './admin-frame';
import { AttributionSection } from './attribution-section';
import { type ImportErrorView, ImportErrorNotice } from './import-error';
import { ADMIN_WORDS, IMPORT_STATUS_LABELS, RESULT_LABELS } from './messages';
import { type AdminViewer, type Attribution, frameworkHref } from './views';

/** One file of the job. */
export interface ImportFileView {
  name: string;
  fileType: string;
  rows: number;
  staged: number;
  skipped: number;
}

/** The job as its page shows it. */
export interface ImportView {
  id: string;
  status: string;
  /** The framework (or crosswalk) it wrote into, by title. */
  title: string;
  frameworkId: string | null;
  createdBy: string | null;
  createdAt: Date;
  files: ImportFileView[];
  /** The job's result as stored: counts per kind of row, and single numbers. */
  result: Record<string, unknown> | null;
  error: ImportErrorView | null;
}

export interface ImportPageProps {
  viewer: AdminViewer;
  job: ImportView;
  attribution: Attribution[];
}

type Counts = { added?: number; removed?: number; changed?: number; total?: number };

const NOTES = [
  ['unresolvedLinks', ADMIN_WORDS.unresolvedLinks],
  ['mappingsRemoved', ADMIN_WORDS.mappingsRemoved],
  ['unmatched', ADMIN_WORDS.unmatchedRows],
] as const;

function number(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

/** No row of this kind before or after (the occupation–skill relations of a CASE package). */
function isEmpty(counts: Counts): boolean {
  return !counts.added && !counts.removed && !counts.changed && !counts.total;
}

/** The counts of each kind of row the import touched (competencies always). */
function countRows(result: Record<string, unknown>) {
  return Object.entries(RESULT_LABELS).flatMap(([key, label]) => {
    const counts = result[key] as Counts | null | undefined;
    if (typeof counts !== 'object' || counts === null) return [];
    return isEmpty(counts) && key !== 'competencies' ? [] : [[label, counts] as const];
  });
}

/** The single numbers worth a sentence: links left unresolved, mappings gone, rows unmatched. */
function notesOf(result: Record<string, unknown>) {
  return NOTES.filter(([key]) => typeof result[key] === 'number' && result[key] !== 0).map(
    ([key, label]) => `${label}: ${String(result[key])}`,
  );
}

function Changes({ result }: { result: Record<string, unknown> }) {
  const rows = countRows(result);
  const notes = notesOf(result);
  if (rows.length === 0 && notes.length === 0) return null;

  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">{ADMIN_WORDS.whatChanged}</h2>
      {rows.length > 0 ? <CountsTable rows={rows} /> : null}
      {notes.length > 0 ? (
        <ul>
          {notes.map((note) => (
            <li>{note}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function CountsTable({ rows }: { rows: ReturnType<typeof countRows> }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{ADMIN_WORDS.countColumn}</th>
          <th scope="col">{ADMIN_WORDS.addedColumn}</th>
          <th scope="col">{ADMIN_WORDS.removedColumn}</th>
          <th scope="col">{ADMIN_WORDS.changedColumn}</th>
          <th scope="col">{ADMIN_WORDS.totalColumn}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, counts]) => (
          <tr>
            <th scope="row">{label}</th>
            <td>{number(counts.added)}</td>
            <td>{number(counts.removed)}</td>
            <td>{number(counts.changed)}</td>
            <td>{number(counts.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FilesTable({ files }: { files: ImportFileView[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{ADMIN_WORDS.fileColumn}</th>
          <th scope="col">{ADMIN_WORDS.fileTypeColumn}</th>
          <th scope="col">{ADMIN_WORDS.rowsColumn}</th>
          <th scope="col">{ADMIN_WORDS.stagedColumn}</th>
          <th scope="col">{ADMIN_WORDS.skippedColumn}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <tr>
            <td>{file.name}</td>
            <td>{file.fileType}</td>
            <td>{String(file.rows)}</td>
            <td>{String(file.staged)}</td>
            <td>{String(file.skipped)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Summary({ job }: { job: ImportView }) {
  const live = job.frameworkId && (job.status === 'committed' || job.status === 'unchanged');

  return (
    <section class="card" aria-label={ADMIN_WORDS.statusLabel}>
      <dl class="facts">
        <dt>{ADMIN_WORDS.statusLabel}</dt>
        <dd>{IMPORT_STATUS_LABELS[job.status] ?? job.status}</dd>
        <dt>{job.frameworkId ? ADMIN_WORDS.frameworkLabel : ADMIN_WORDS.crosswalkLabel}</dt>
        <dd>
          {live && job.frameworkId ? (
            <a href={frameworkHref(job.frameworkId)}>{job.title}</a>
          ) : (
            job.title
          )}
        </dd>
        <dt>{ADMIN_WORDS.importedBy}</dt>
        <dd>{job.createdBy ?? ''}</dd>
        <dt>{ADMIN_WORDS.importedAt}</dt>
        <dd>{formatInstant(job.createdAt)}</dd>
      </dl>
    </section>
  );
}

/** The import job page. */
export function ImportPage({ viewer, job, attribution }: ImportPageProps) {
  return (
    <AdminFrame title={`${ADMIN_WORDS.importTitle}: ${job.title}`} viewer={viewer}>
      <ImportErrorNotice error={job.error ?? undefined} />
      <Summary job={job} />
      {job.result ? <Changes result={job.result} /> : null}
      <h2>{ADMIN_WORDS.filesHeading}</h2>
      <FilesTable files={job.files} />
      <p>
        <a href="/admin/frameworks">{ADMIN_WORDS.backToFrameworks}</a>
      </p>
      <AttributionSection attribution={attribution} />
    </AdminFrame>
  );
}
