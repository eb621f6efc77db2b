// ESCO relation files: broaderRelations*Pillar_en.csv (the hierarchy),
// occupationSkillRelations_en.csv (essential/optional) and skillSkillRelations_en.csv.
import { cellOf, type CsvTable, requireColumns } from '../csv-table';
import { invalid } from '../import-error';
import { emptyParsed, linkPosition, type ParseContext, type ParsedFile } from '../records';
import { requireUri } from './esco-concepts';

/** One parent link per row: `conceptUri` is narrower than `broaderUri`. */
export function readEscoBroader(table: CsvTable, context: ParseContext): ParsedFile {
  const cols = requireColumns(table, ['conceptUri', 'broaderUri']);
  const parsed = emptyParsed(table.file, 'esco:broader-relations', table.rows.length);

  for (const row of table.rows) {
    parsed.links.push({
      sourceKey: requireUri(table, row, cols.conceptUri, 'conceptUri'),
      relation: 'parent',
      targetKey: requireUri(table, row, cols.broaderUri, 'broaderUri'),
      position: linkPosition(context, 0, row.row),
      file: table.file,
      row: row.row,
    });
  }
  return parsed;
}

const RELATION_TYPES = ['essential', 'optional'] as const;

function relationType(table: CsvTable, row: number, value: string | null) {
  const type = value?.toLowerCase();
  if (type === 'essential' || type === 'optional') return type;

  const detail = `"${value ?? ''}" is not ${RELATION_TYPES.join(' or ')}.`;
  return invalid({ file: table.file, row, column: 'relationType' }, detail);
}

/** Occupation–skill relations, each essential or optional. */
export function readEscoOccupationSkills(table: CsvTable): ParsedFile {
  const cols = requireColumns(table, ['occupationUri', 'relationType', 'skillUri']);
  const parsed = emptyParsed(table.file, 'esco:occupation-skill-relations', table.rows.length);

  for (const row of table.rows) {
    parsed.occupationSkills.push({
      occupationKey: requireUri(table, row, cols.occupationUri, 'occupationUri'),
      competencyKey: requireUri(table, row, cols.skillUri, 'skillUri'),
      occupationColumn: 'occupationUri',
      competencyColumn: 'skillUri',
      relationType: relationType(table, row.row, cellOf(row, cols.relationType)),
      file: table.file,
      row: row.row,
    });
  }
  return parsed;
}

/** Skill–skill relations become `related` edges inside ESCO. */
export function readEscoSkillSkills(table: CsvTable, context: ParseContext): ParsedFile {
  const cols = requireColumns(table, ['originalSkillUri', 'relatedSkillUri']);
  const parsed = emptyParsed(table.file, 'esco:skill-skill-relations', table.rows.length);

  for (const row of table.rows) {
    parsed.links.push({
      sourceKey: requireUri(table, row, cols.originalSkillUri, 'originalSkillUri'),
      relation: 'related',
      targetKey: requireUri(table, row, cols.relatedSkillUri, 'relatedSkillUri'),
      position: linkPosition(context, 0, row.row),
      file: table.file,
      row: row.row,
    });
  }
  return parsed;
}
