// Recognises an ESCO CSV file by its header and reads it with the matching reader.
import { type CsvTable, readCsv } from '../csv-table';
import { invalid } from '../import-error';
import { emptyParsed, type ParseContext, type ParsedFile } from '../records';
import { readEscoConcepts } from './esco-concepts';
import { readEscoHierarchy } from './esco-hierarchy';
import { readEscoBroader, readEscoOccupationSkills, readEscoSkillSkills } from './esco-relations';

/** ESCO files that are recognised but hold nothing a framework keeps. */
const IGNORED: ReadonlyArray<[column: string, fileType: string, reason: string]> = [
  ['conceptSchemeUri', 'esco:concept-schemes', 'concept schemes are not imported'],
  ['data header', 'esco:dictionary', 'the column dictionary is not data'],
  ['greenShare', 'esco:green-share', 'green-share figures are not imported'],
];

function has(table: CsvTable, ...names: string[]): boolean {
  return names.every((name) => table.header.includes(name));
}

function ignored(table: CsvTable): ParsedFile | null {
  for (const [column, fileType, reason] of IGNORED) {
    if (!has(table, column)) continue;
    return { ...emptyParsed(table.file, fileType, table.rows.length), ignored: reason };
  }
  return null;
}

/** Reads one ESCO CSV file (any of those ESCO publishes for a language). */
export function readEscoFile(context: ParseContext, text: string): ParsedFile {
  const table = readCsv(context.file, text, { delimiter: ',', quoted: true });

  if (has(table, 'Level 0 URI')) return readEscoHierarchy(table, context);
  if (has(table, 'occupationUri', 'skillUri')) return readEscoOccupationSkills(table);
  if (has(table, 'originalSkillUri', 'relatedSkillUri')) return readEscoSkillSkills(table, context);
  if (has(table, 'conceptUri', 'broaderUri')) return readEscoBroader(table, context);

  const skip = ignored(table);
  if (skip) return skip;
  if (has(table, 'conceptType', 'conceptUri', 'preferredLabel')) {
    return readEscoConcepts(table, context);
  }

  return invalid(
    { file: context.file, row: 1, column: null },
    'This is not an ESCO CSV file this importer reads: expected the columns of skills, skill ' +
      'groups, occupations, ISCO groups, a collection, the hierarchy or a relations file.',
  );
}
