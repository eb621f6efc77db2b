// The readable form of a report: a summary, then one row per check.
import type { Check, VerificationReport } from '../verify/report/types';

const CHECK_COLUMNS = ['id', 'status', 'code', 'message'] as const;

// Control characters and bidirectional overrides, which could rewrite what a terminal shows.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from a credential, made safe to print: nothing in it can steer the terminal. */
function printable(text: string): string {
  return text.replace(UNPRINTABLE, '\uFFFD');
}

function authenticText(authentic: boolean | null): string {
  if (authentic === null) return 'could not tell';
  return authentic ? 'yes' : 'no';
}

function formatText(report: VerificationReport): string {
  const { type, dataModel, securing } = report.format;
  const facts = [dataModel, securing].filter((fact) => fact !== null);
  return facts.length > 0 ? `${type} (${facts.join(', ')})` : type;
}

function issuerText(report: VerificationReport): string {
  const issuer = report.subject?.issuer;
  if (!issuer?.id) return issuer?.name ?? '-';

  return issuer.name ? `${issuer.name} (${issuer.id})` : issuer.id;
}

/** Lines with each column padded to its widest cell; the last column is never padded. */
function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const cells = rows.map((row) => row.map(printable));
  const widths = cells[0]?.map((_, column) =>
    Math.max(...cells.map((r) => r[column]?.length ?? 0)),
  );

  return cells.map((row) =>
    row
      .map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths?.[column] ?? 0) : cell))
      .join('  ')
      .trimEnd(),
  );
}

function checkRow(check: Check): string[] {
  return CHECK_COLUMNS.map((column) => check[column]);
}

/** The report as terminal text: verdict, authenticity, format, issuer, achievement, checks. */
export function formatTable(report: VerificationReport): string {
  const summary = alignColumns([
    ['Verdict', report.verdict],
    ['Authentic', authenticText(report.authentic)],
    ['Format', formatText(report)],
    ['Issuer', issuerText(report)],
    ['Achievement', report.subject?.achievementName ?? '-'],
  ]);

  const checks = alignColumns([[...CHECK_COLUMNS], ...report.checks.map(checkRow)]);

  return `${[...summary, '', 'Checks', ...checks.map((line) => `  ${line}`)].join('\n')}\n`;
}
