// O*NET "Technology Skills": per occupation, a technology example (Kubernetes) under its UNSPSC
// commodity (Application server software), flagged as a hot technology and as in demand.
import { cellOf, type CsvRow, type CsvTable, optionalColumn, requireColumns } from '../csv-table';
import { invalid } from '../import-error';
import { emptyParsed, linkPosition, type ParseContext, type ParsedFile } from '../records';
import { commodityKey, occupationKey, SOC_COLUMN, socCode, technologyKey } from './onet-keys';

function flag(table: CsvTable, row: CsvRow, index: number, column: string): boolean | null {
  if (index < 0) return null;

  const value = cellOf(row, index);
  if (value !== 'Y' && value !== 'N') {
    invalid({ file: table.file, row: row.row, column }, 'Expected Y or N.');
  }
  return value === 'Y';
}

function required(table: CsvTable, row: CsvRow, index: number, column: string): string {
  const value = cellOf(row, index);
  if (value === null) invalid({ file: table.file, row: row.row, column }, 'This cell is empty.');
  return value;
}

/** Reads Technology Skills: commodities, examples, and each occupation's examples. */
export function readOnetTechnology(table: CsvTable, context: ParseContext): ParsedFile {
  const names = [
    SOC_COLUMN,
    'Example',
    'Commodity Code',
    'Commodity Title',
    'Hot Technology',
  ] as const;
  const cols = requireColumns(table, names);
  const inDemand = optionalColumn(table, 'In Demand');
  const parsed = emptyParsed(table.file, 'onet:technology-skills', table.rows.length);
  const seen = new Set<string>();

  for (const row of table.rows) {
    const code = socCode(table, row, cols[SOC_COLUMN]);
    const example = required(table, row, cols.Example, 'Example');
    const commodity = required(table, row, cols['Commodity Code'], 'Commodity Code');
    const title = required(table, row, cols['Commodity Title'], 'Commodity Title');
    const origin = { file: table.file, row: row.row };

    if (!seen.has(commodityKey(commodity))) {
      seen.add(commodityKey(commodity));
      parsed.competencies.push({
        key: commodityKey(commodity),
        kind: 'technology-class',
        code: commodity,
        label: title,
        ...origin,
      });
    }

    const pair = `${technologyKey(example)}\n${commodity}`;
    if (!seen.has(pair)) {
      seen.add(pair);
      parsed.competencies.push({
        key: technologyKey(example),
        kind: 'technology',
        label: example,
        ...origin,
      });
      const position = linkPosition(context, 1, row.row);
      parsed.links.push({
        sourceKey: technologyKey(example),
        relation: 'parent',
        targetKey: commodityKey(commodity),
        position,
        ...origin,
      });
    }

    parsed.occupationSkills.push({
      occupationKey: occupationKey(code),
      competencyKey: technologyKey(example),
      occupationColumn: SOC_COLUMN,
      competencyColumn: 'Example',
      hotTechnology: flag(table, row, cols['Hot Technology'], 'Hot Technology'),
      inDemand: flag(table, row, inDemand, 'In Demand'),
      ...origin,
    });
  }
  return parsed;
}
