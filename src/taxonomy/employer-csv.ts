// An employer's own framework as a plain CSV: code, label, description, parent code, aliases.
// Codes are unique, parents must be in the file, and the hierarchy has no cycles.
import { cellOf, type CsvRow, type CsvTable, readCsv } from './csv-table';
import { invalid } from './import-error';
import { cleanLabels, emptyParsed, type ParseContext, type ParsedFile } from './records';

/** Accepted spellings of each column, compared lower-cased. */
const COLUMNS = {
  code: ['code'],
  label: ['label', 'name'],
  description: ['description'],
  parent: ['parent code', 'parent_code', 'parent'],
  aliases: ['aliases', 'alias', 'alternative labels'],
} as const;

type Column = keyof typeof COLUMNS;

function columnIndex(table: CsvTable, column: Column): number {
  const names: readonly string[] = COLUMNS[column];
  return table.header.findIndex((name) => names.includes(name.toLowerCase()));
}

function indexes(table: CsvTable): Record<Column, number> {
  const found = {} as Record<Column, number>;
  for (const column of Object.keys(COLUMNS) as Column[]) found[column] = columnIndex(table, column);

  for (const column of ['code', 'label'] as const) {
    if (found[column] < 0) invalid({ file: table.file, row: 1, column }, 'This column is missing.');
  }
  return found;
}

function required(table: CsvTable, row: CsvRow, index: number, column: Column): string {
  const value = cellOf(row, index);
  if (value === null) invalid({ file: table.file, row: row.row, column }, 'This cell is empty.');
  return value;
}

type Parents = Map<string, { parent: string; row: number }>;

function checkParents(table: CsvTable, codes: Set<string>, parents: Parents): void {
  for (const [code, { parent, row }] of parents) {
    const location = { file: table.file, row, column: 'parent code' };
    if (!codes.has(parent)) invalid(location, `No row has the code "${parent}".`);

    let step: string | undefined = parent;
    for (let hops = 0; step !== undefined && hops <= parents.size; hops += 1) {
      if (step === code) invalid(location, 'The parent codes form a cycle.');
      step = parents.get(step)?.parent;
    }
  }
}

/** Reads an employer CSV into competencies and parent links. */
export function readEmployerCsv(context: ParseContext, text: string): ParsedFile {
  const table = readCsv(context.file, text, { delimiter: ',', quoted: true });
  const cols = indexes(table);
  const parsed = emptyParsed(table.file, 'csv:framework', table.rows.length);
  const codes = new Set<string>();
  const parents: Parents = new Map();

  for (const row of table.rows) {
    const code = required(table, row, cols.code, 'code');
    if (codes.has(code))
      invalid({ file: table.file, row: row.row, column: 'code' }, 'Duplicate code.');
    codes.add(code);

    const label = required(table, row, cols.label, 'label');
    const aliases = cellOf(row, cols.aliases)?.split(/[|;]/) ?? [];
    const origin = { file: table.file, row: row.row };
    parsed.competencies.push({
      key: code,
      kind: 'competency',
      code,
      label,
      altLabels: cleanLabels(aliases, label),
      description: cellOf(row, cols.description),
      position: row.row,
      ...origin,
    });

    const parent = cellOf(row, cols.parent);
    if (parent === null) continue;
    parents.set(code, { parent, row: row.row });
    parsed.links.push({
      sourceKey: code,
      relation: 'parent',
      targetKey: parent,
      position: row.row,
      ...origin,
    });
  }

  checkParents(table, codes, parents);
  return parsed;
}
