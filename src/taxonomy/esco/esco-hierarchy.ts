// ESCO's skillsHierarchy_en.csv: one row per skill group, its ancestors in "Level 0 URI" to
// "Level 3 URI". The deepest filled level is the row's group; the level above is its parent.
import { cellOf, type CsvRow, type CsvTable, optionalColumn, requireColumns } from '../csv-table';
import { invalid } from '../import-error';
import { emptyParsed, linkPosition, type ParseContext, type ParsedFile } from '../records';

const LEVELS = [0, 1, 2, 3] as const;

interface Level {
  uri: string;
  label: string | null;
  code: string | null;
}

function levels(table: CsvTable, row: CsvRow): Level[] {
  const found: Level[] = [];
  for (const level of LEVELS) {
    const uri = cellOf(row, optionalColumn(table, `Level ${level} URI`));
    if (uri === null) break;

    found.push({
      uri,
      label: cellOf(row, optionalColumn(table, `Level ${level} preferred term`)),
      code: cellOf(row, optionalColumn(table, `Level ${level} code`)),
    });
  }
  return found;
}

/** Reads the skills hierarchy into skill groups and their parent links. */
export function readEscoHierarchy(table: CsvTable, context: ParseContext): ParsedFile {
  requireColumns(table, ['Level 0 URI', 'Level 0 preferred term']);
  const description = optionalColumn(table, 'Description');
  const parsed = emptyParsed(table.file, 'esco:skills-hierarchy', table.rows.length);

  for (const row of table.rows) {
    const path = levels(table, row);
    const group = path.at(-1);
    const column = `Level ${Math.max(path.length - 1, 0)} preferred term`;
    if (!group?.label) invalid({ file: table.file, row: row.row, column }, 'The label is empty.');

    parsed.competencies.push({
      key: group.uri,
      kind: 'skill-group',
      code: group.code,
      uri: group.uri,
      label: group.label,
      description: cellOf(row, description),
      file: table.file,
      row: row.row,
    });

    const parent = path.at(-2);
    if (!parent) continue;
    parsed.links.push({
      sourceKey: group.uri,
      relation: 'parent',
      targetKey: parent.uri,
      position: linkPosition(context, 0, row.row),
      file: table.file,
      row: row.row,
    });
  }
  return parsed;
}
