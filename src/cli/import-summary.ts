// The readable summary of an import job for the terminal: what changed, per table, the files,
// and the attribution the framework's licence asks for.
import type { ImportJob } from '../taxonomy/import-view';

type Counts = { added?: number; removed?: number; changed?: number; total?: number };

function counts(label: string, value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;

  const { added = 0, removed = 0, changed, total } = value as Counts;
  const change = changed === undefined ? '' : `, changed ${changed}`;
  const all = total === undefined ? '' : ` (${total} in all)`;
  return `  ${label.padEnd(18)}added ${added}, removed ${removed}${change}${all}`;
}

function fileLine(file: ImportJob['files'][number]): string {
  const note = file.ignored ? `, not imported: ${file.ignored}` : '';
  return `  ${file.name} (${file.fileType}, ${file.rows} rows${note})`;
}

const UNMATCHED_SHOWN = 5;

function unmatchedLines(rows: unknown): string[] {
  if (!Array.isArray(rows)) return [];
  return rows.slice(0, UNMATCHED_SHOWN).map((row: Record<string, unknown>) => {
    const why = [`source ${row.source}`, `target ${row.target}`].join(', ');
    return `    row ${row.row}: ${row.sourceRef} -> ${row.targetRef} (${why})`;
  });
}

/** Lines describing a finished job. */
export function formatImportSummary(job: ImportJob): string {
  const version = job.target.version ? ` version ${job.target.version}` : '';
  const result = job.result ?? {};
  const lines = [
    `Import ${job.id}: ${job.status} — ${job.kind} into ${job.target.title}${version}`,
    job.status === 'unchanged' ? '  The same content is live already: nothing changed.' : null,
    counts('competencies', result.competencies),
    counts('occupation skills', result.occupationSkills),
    counts('edges', result.edges),
    typeof result.unmatched === 'number' ? `  unmatched rows    ${result.unmatched}` : null,
    ...unmatchedLines(result.unmatchedRows),
    'Files:',
    ...job.files.map(fileLine),
    job.target.attribution ? `Attribution: ${job.target.attribution}` : null,
  ];
  return `${lines.filter((line) => line !== null).join('\n')}\n`;
}
