// Recognises an O*NET database text file (tab-separated, O*NET's own column names) by its
// header and reads it with the matching reader.
import { type CsvTable, readCsv } from '../csv-table';
import { invalid } from '../import-error';
import { emptyParsed, type ParseContext, type ParsedFile } from '../records';
import { readOnetContentModel, readOnetSkills } from './onet-elements';
import { SOC_COLUMN } from './onet-keys';
import { readOnetAlternateTitles, readOnetOccupations } from './onet-occupations';
import { readOnetTechnology } from './onet-technology';

function has(table: CsvTable, ...names: string[]): boolean {
  return names.every((name) => table.header.includes(name));
}

function ignore(table: CsvTable, fileType: string, reason: string): ParsedFile {
  return { ...emptyParsed(table.file, fileType, table.rows.length), ignored: reason };
}

/** Reads one O*NET text file. */
export function readOnetFile(context: ParseContext, text: string): ParsedFile {
  const table = readCsv(context.file, text, { delimiter: '\t', quoted: false });

  if (has(table, SOC_COLUMN, 'Element ID', 'Scale ID')) return readOnetSkills(table, context);
  if (has(table, SOC_COLUMN, 'Example', 'Commodity Code'))
    return readOnetTechnology(table, context);
  if (has(table, SOC_COLUMN, 'Alternate Title')) return readOnetAlternateTitles(table);
  if (has(table, SOC_COLUMN, 'Task ID')) {
    return ignore(table, 'onet:task-statements', 'task statements are not imported');
  }
  if (has(table, SOC_COLUMN, 'Title', 'Description')) return readOnetOccupations(table, context);
  if (has(table, 'Element ID', 'Element Name', 'Description')) {
    return readOnetContentModel(table, context);
  }
  if (has(table, 'Scale ID', 'Minimum', 'Maximum')) {
    return ignore(table, 'onet:scales-reference', 'the IM (1-5) and LV (0-7) ranges are built in');
  }

  return invalid(
    { file: context.file, row: 1, column: null },
    'This is not an O*NET text file this importer reads: expected Occupation Data, Skills, ' +
      'Technology Skills, Alternate Titles or Content Model Reference (tab-separated).',
  );
}
