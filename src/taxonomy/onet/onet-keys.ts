// Keys, kinds and parents of O*NET nodes: occupations by O*NET-SOC code, content-model elements
// by Element ID, technology examples under their UNSPSC commodity.
import { cellOf, type CsvRow, type CsvTable } from '../csv-table';
import { invalid } from '../import-error';

const SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/;

export const SOC_COLUMN = 'O*NET-SOC Code';

export const occupationKey = (code: string) => `occupation:${code}`;
export const elementKey = (id: string) => `element:${id}`;
export const commodityKey = (code: string) => `commodity:${code}`;
export const technologyKey = (example: string) => `technology:${example}`;

/** O*NET OnLine's page for an occupation: the address alignments point at. */
export const occupationUri = (code: string) => `https://www.onetonline.org/link/summary/${code}`;

/** The O*NET-SOC code of a row, checked for its `15-1252.00` shape. */
export function socCode(table: CsvTable, row: CsvRow, index: number): string {
  const code = cellOf(row, index);
  if (code === null || !SOC_CODE.test(code)) {
    invalid(
      { file: table.file, row: row.row, column: SOC_COLUMN },
      'Expected a code like 15-1252.00.',
    );
  }
  return code;
}

/** A detailed O*NET occupation (15-1299.08) sits under its SOC occupation (15-1299.00). */
export function parentOccupation(code: string): string | null {
  return code.endsWith('.00') ? null : `${code.slice(0, -3)}.00`;
}

/** The element one level up (2.A.1.a → 2.A.1), or null at the top. */
export function parentElement(id: string): string | null {
  const cut = id.lastIndexOf('.');
  return cut < 0 ? null : id.slice(0, cut);
}

/** Skills (2.A, 2.B) and knowledge (2.C) elements are leaves four levels down; above, groups. */
export function elementKind(id: string): string {
  if (id.split('.').length < 4) return 'skill-group';
  if (id.startsWith('2.A.') || id.startsWith('2.B.')) return 'skill';
  return id.startsWith('2.C.') ? 'knowledge' : 'element';
}
