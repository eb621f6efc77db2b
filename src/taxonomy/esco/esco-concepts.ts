// ESCO concept files: skills_en.csv, skillGroups_en.csv, occupations_en.csv, ISCOGroups_en.csv
// and the skill collections (which add `broaderConceptUri`), in the columns ESCO publishes.
import { cellOf, type CsvRow, type CsvTable, optionalColumn, requireColumns } from '../csv-table';
import { invalid } from '../import-error';
import {
  type CompetencyRecord,
  cleanLabels,
  emptyParsed,
  type LinkRecord,
  linkPosition,
  type ParseContext,
  type ParsedFile,
} from '../records';

const CONCEPT_KINDS: Readonly<Record<string, string>> = {
  SkillGroup: 'skill-group',
  Occupation: 'occupation',
  ISCOGroup: 'occupation-group',
};

/** ESCO separates labels by new lines in its full export and by " | " in its collections. */
const LABEL_SEPARATOR = /\r?\n| \| /;

/** Where ESCO keeps the ISCO group of an occupation's `iscoGroup` code. */
export const ISCO_GROUP_URI = 'http://data.europa.eu/esco/isco/C';

interface Columns {
  conceptType: number;
  conceptUri: number;
  preferredLabel: number;
  altLabels: number;
  skillType: number;
  code: number;
  description: number;
  definition: number;
  broaderConceptUri: number;
  iscoGroup: number;
}

function columns(table: CsvTable): Columns {
  const required = requireColumns(table, ['conceptType', 'conceptUri', 'preferredLabel']);
  const optional = (name: string) => optionalColumn(table, name);

  return {
    ...required,
    altLabels: optional('altLabels'),
    skillType: optional('skillType'),
    code: optional('code'),
    description: optional('description'),
    definition: optional('definition'),
    broaderConceptUri: optional('broaderConceptUri'),
    iscoGroup: optional('iscoGroup'),
  };
}

function kindOf(table: CsvTable, row: CsvRow, cols: Columns): string {
  const type = cellOf(row, cols.conceptType);
  if (type === 'KnowledgeSkillCompetence') {
    return cellOf(row, cols.skillType) === 'knowledge' ? 'knowledge' : 'skill';
  }
  if (type !== null && Object.hasOwn(CONCEPT_KINDS, type)) return CONCEPT_KINDS[type] as string;

  const known = ['KnowledgeSkillCompetence', ...Object.keys(CONCEPT_KINDS)].join(', ');
  return invalid(
    { file: table.file, row: row.row, column: 'conceptType' },
    `"${type ?? ''}" is not an ESCO concept type this importer reads (${known}).`,
  );
}

/** A cell that must hold an absolute URI. */
export function requireUri(table: CsvTable, row: CsvRow, index: number, column: string): string {
  const value = cellOf(row, index);
  if (value === null || !URL.canParse(value)) {
    invalid({ file: table.file, row: row.row, column }, 'Expected an absolute URI here.');
  }
  return value;
}

function concept(table: CsvTable, row: CsvRow, cols: Columns): CompetencyRecord {
  const uri = requireUri(table, row, cols.conceptUri, 'conceptUri');
  const label = cellOf(row, cols.preferredLabel);
  if (label === null) {
    invalid({ file: table.file, row: row.row, column: 'preferredLabel' }, 'The label is empty.');
  }

  const alt = cellOf(row, cols.altLabels)?.split(LABEL_SEPARATOR) ?? [];
  return {
    key: uri,
    kind: kindOf(table, row, cols),
    code: cellOf(row, cols.code),
    uri,
    label,
    altLabels: cleanLabels(alt, label),
    description: cellOf(row, cols.description) ?? cellOf(row, cols.definition),
    file: table.file,
    row: row.row,
  };
}

function hintedParents(row: CsvRow, cols: Columns, key: string, context: ParseContext) {
  const broader = cellOf(row, cols.broaderConceptUri)?.split(LABEL_SEPARATOR) ?? [];
  const isco = cellOf(row, cols.iscoGroup);
  const targets = [...broader.map((uri) => uri.trim()), ...(isco ? [ISCO_GROUP_URI + isco] : [])];

  return targets
    .filter((uri) => uri !== '')
    .map(
      (targetKey): LinkRecord => ({
        sourceKey: key,
        relation: 'parent',
        targetKey,
        position: linkPosition(context, 1, row.row),
        file: context.file,
        row: row.row,
      }),
    );
}

/** Reads one ESCO concept file. */
export function readEscoConcepts(table: CsvTable, context: ParseContext): ParsedFile {
  const cols = columns(table);
  const parsed = emptyParsed(table.file, 'esco:concepts', table.rows.length);

  for (const row of table.rows) {
    const record = concept(table, row, cols);
    parsed.competencies.push(record);
    parsed.links.push(...hintedParents(row, cols, record.key, context));
  }
  return parsed;
}
