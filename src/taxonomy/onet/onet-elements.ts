// O*NET "Skills" (importance IM and level LV per occupation and element) and "Content Model
// Reference" (element names and descriptions). Elements sit under their parent element.
import { cellOf, type CsvRow, type CsvTable, optionalColumn, requireColumns } from '../csv-table';
import { invalid } from '../import-error';
import {
  type CompetencyRecord,
  emptyParsed,
  type LinkRecord,
  linkPosition,
  type ParseContext,
  type ParsedFile,
} from '../records';
import {
  elementKey,
  elementKind,
  occupationKey,
  parentElement,
  SOC_COLUMN,
  socCode,
} from './onet-keys';

/** The scales of the Skills file and their ranges, from O*NET's Scales Reference. */
const SCALES = { IM: { min: 1, max: 5 }, LV: { min: 0, max: 7 } } as const;

function element(table: CsvTable, row: CsvRow, id: string, name: number): CompetencyRecord {
  const label = cellOf(row, name);
  if (label === null) {
    invalid({ file: table.file, row: row.row, column: 'Element Name' }, 'The name is empty.');
  }
  return {
    key: elementKey(id),
    kind: elementKind(id),
    code: id,
    label,
    file: table.file,
    row: row.row,
  };
}

function parentLink(id: string, context: ParseContext, row: number): LinkRecord | null {
  const parent = parentElement(id);
  if (!parent) return null;

  const position = linkPosition(context, 1, row);
  return {
    sourceKey: elementKey(id),
    relation: 'parent',
    targetKey: elementKey(parent),
    position,
    file: context.file,
    row,
  };
}

function elementId(table: CsvTable, row: CsvRow, index: number): string {
  const id = cellOf(row, index);
  if (id === null || !/^\d+(\.[A-Za-z0-9]+)*$/.test(id)) {
    invalid(
      { file: table.file, row: row.row, column: 'Element ID' },
      'Expected an id like 2.A.1.a.',
    );
  }
  return id;
}

/** Adds an element once per file, with its parent link. */
function addElement(
  parsed: ParsedFile,
  seen: Set<string>,
  record: CompetencyRecord,
  link: LinkRecord | null,
) {
  if (seen.has(record.key)) return;

  seen.add(record.key);
  parsed.competencies.push(record);
  if (link) parsed.links.push(link);
}

function rating(table: CsvTable, row: CsvRow, cols: Record<'Scale ID' | 'Data Value', number>) {
  const scale = cellOf(row, cols['Scale ID']);
  if (scale !== 'IM' && scale !== 'LV') {
    invalid({ file: table.file, row: row.row, column: 'Scale ID' }, 'Expected IM or LV.');
  }

  const value = Number(cellOf(row, cols['Data Value']) ?? Number.NaN);
  const { min, max } = SCALES[scale];
  if (!Number.isFinite(value) || value < min || value > max) {
    const detail = `Expected a number from ${min} to ${max} on the ${scale} scale.`;
    invalid({ file: table.file, row: row.row, column: 'Data Value' }, detail);
  }
  return { scale, value };
}

/** Skills: a rating per row; an occupation's IM and LV rows of one element merge. */
export function readOnetSkills(table: CsvTable, context: ParseContext): ParsedFile {
  const names = [SOC_COLUMN, 'Element ID', 'Element Name', 'Scale ID', 'Data Value'] as const;
  const cols = requireColumns(table, names);
  const notRelevant = optionalColumn(table, 'Not Relevant');
  const parsed = emptyParsed(table.file, 'onet:skills', table.rows.length);
  const seen = new Set<string>();

  for (const row of table.rows) {
    const code = socCode(table, row, cols[SOC_COLUMN]);
    const id = elementId(table, row, cols['Element ID']);
    addElement(
      parsed,
      seen,
      element(table, row, id, cols['Element Name']),
      parentLink(id, context, row.row),
    );

    const { scale, value } = rating(table, row, cols);
    // A level marked "Not Relevant" is not a level the occupation needs (O*NET sets it to 0).
    const level = scale === 'LV' && cellOf(row, notRelevant) !== 'Y' ? value : null;
    parsed.occupationSkills.push({
      occupationKey: occupationKey(code),
      competencyKey: elementKey(id),
      occupationColumn: SOC_COLUMN,
      competencyColumn: 'Element ID',
      importance: scale === 'IM' ? value : null,
      level,
      file: table.file,
      row: row.row,
    });
  }
  return parsed;
}

/** Content Model Reference: element names and descriptions. */
export function readOnetContentModel(table: CsvTable, context: ParseContext): ParsedFile {
  const cols = requireColumns(table, ['Element ID', 'Element Name', 'Description']);
  const parsed = emptyParsed(table.file, 'onet:content-model-reference', table.rows.length);
  const seen = new Set<string>();

  for (const row of table.rows) {
    const id = elementId(table, row, cols['Element ID']);
    const record = {
      ...element(table, row, id, cols['Element Name']),
      description: cellOf(row, cols.Description),
    };
    addElement(parsed, seen, record, parentLink(id, context, row.row));
  }
  return parsed;
}
