// Reads a delimited text file (CSV, or O*NET's tab-separated text) into a header and numbered
// rows, with papaparse. Every refusal names the row and the column.
import Papa from 'papaparse';
import { invalid } from './import-error';

export interface CsvRow {
  /** Record number, counting the header as row 1 (a quoted field may span lines). */
  row: number;
  cells: string[];
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

export interface CsvOptions {
  delimiter: ',' | '\t';
  /** False for O*NET text files, which never quote and may hold a bare `"` in a field. */
  quoted: boolean;
}

// A quote character that cannot occur in text, which switches quoting off.
const NO_QUOTES = '\u0000';

function parseRecords(file: string, text: string, options: CsvOptions): string[][] {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: options.delimiter,
    quoteChar: options.quoted ? '"' : NO_QUOTES,
    header: false,
    skipEmptyLines: false,
  });

  const broken = result.errors.find((error) => error.type === 'Quotes');
  if (broken) {
    const row = broken.row === undefined ? null : broken.row + 1;
    invalid({ file, row, column: null }, 'A quoted field is never closed or is malformed.');
  }
  return result.data;
}

function readHeader(file: string, first: string[] | undefined): string[] {
  const header = (first ?? []).map((name) => name.trim());
  if (header.length === 0 || header.every((name) => name === '')) {
    invalid({ file, row: 1, column: null }, 'The file is empty: it has no header row.');
  }

  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) invalid({ file, row: 1, column: name }, 'This column appears twice.');
    seen.add(name);
  }
  return header;
}

function isBlank(cells: string[]): boolean {
  return cells.length === 1 && cells[0]?.trim() === '';
}

function checkWidth(file: string, header: string[], cells: string[], row: number): void {
  if (cells.length > header.length) {
    const detail = `This row has ${cells.length} fields; the header has ${header.length}.`;
    invalid({ file, row, column: `field ${header.length + 1}` }, detail);
  }
  if (cells.length < header.length) {
    const detail = `This row ends before this column (${cells.length} of ${header.length} fields).`;
    invalid({ file, row, column: header[cells.length] ?? null }, detail);
  }
}

/** The table in `text`. Throws `ImportInvalidError` for a malformed file. */
export function readCsv(file: string, text: string, options: CsvOptions): CsvTable {
  const records = parseRecords(file, text, options);
  const header = readHeader(file, records[0]);
  const rows: CsvRow[] = [];

  for (let index = 1; index < records.length; index += 1) {
    const cells = records[index] ?? [];
    if (isBlank(cells)) continue;

    checkWidth(file, header, cells, index + 1);
    rows.push({ row: index + 1, cells });
  }
  return { file, header, rows };
}

/** The index of each named column; a missing one is refused at the header row. */
export function requireColumns<const N extends string>(
  table: CsvTable,
  names: readonly N[],
): Record<N, number> {
  const indexes = {} as Record<N, number>;
  for (const name of names) {
    const index = table.header.indexOf(name);
    if (index < 0) invalid({ file: table.file, row: 1, column: name }, 'This column is missing.');
    indexes[name] = index;
  }
  return indexes;
}

/** The index of an optional column, or -1. */
export function optionalColumn(table: CsvTable, name: string): number {
  return table.header.indexOf(name);
}

/** The trimmed cell, or null when it is empty (or the column is absent). */
export function cellOf(row: CsvRow, index: number): string | null {
  if (index < 0) return null;

  const value = row.cells[index]?.trim() ?? '';
  return value === '' ? null : value;
}
