// O*NET "Occupation Data" and "Alternate Titles": occupations with their titles, descriptions
// and alternate titles (which only add labels to occupations Occupation Data describes).
import { cellOf, type CsvTable, requireColumns } from '../csv-table';
import { invalid } from '../import-error';
import {
  cleanLabels,
  emptyParsed,
  linkPosition,
  type ParseContext,
  type ParsedFile,
} from '../records';
import { occupationKey, occupationUri, parentOccupation, SOC_COLUMN, socCode } from './onet-keys';

/** Occupation Data: one occupation per row, under its SOC occupation when it is a detail. */
export function readOnetOccupations(table: CsvTable, context: ParseContext): ParsedFile {
  const cols = requireColumns(table, [SOC_COLUMN, 'Title', 'Description']);
  const parsed = emptyParsed(table.file, 'onet:occupation-data', table.rows.length);

  for (const row of table.rows) {
    const code = socCode(table, row, cols[SOC_COLUMN]);
    const label = cellOf(row, cols.Title);
    if (label === null)
      invalid({ file: table.file, row: row.row, column: 'Title' }, 'Empty title.');

    const key = occupationKey(code);
    parsed.competencies.push({
      key,
      kind: 'occupation',
      code,
      uri: occupationUri(code),
      label,
      description: cellOf(row, cols.Description),
      file: table.file,
      row: row.row,
    });

    const parent = parentOccupation(code);
    if (!parent) continue;
    const position = linkPosition(context, 1, row.row);
    const link = { sourceKey: key, targetKey: occupationKey(parent), position };
    parsed.links.push({ ...link, relation: 'parent', file: table.file, row: row.row });
  }
  return parsed;
}

/** Alternate Titles: each row adds a title (and its short form) to an occupation's labels. */
export function readOnetAlternateTitles(table: CsvTable): ParsedFile {
  const cols = requireColumns(table, [SOC_COLUMN, 'Alternate Title', 'Short Title']);
  const parsed = emptyParsed(table.file, 'onet:alternate-titles', table.rows.length);

  for (const row of table.rows) {
    const code = socCode(table, row, cols[SOC_COLUMN]);
    const short = cellOf(row, cols['Short Title']);
    const titles = [
      cellOf(row, cols['Alternate Title']) ?? '',
      short === 'n/a' ? '' : (short ?? ''),
    ];

    parsed.competencies.push({
      key: occupationKey(code),
      kind: null,
      label: null,
      altLabels: cleanLabels(titles),
      refColumn: SOC_COLUMN,
      file: table.file,
      row: row.row,
    });
  }
  return parsed;
}
