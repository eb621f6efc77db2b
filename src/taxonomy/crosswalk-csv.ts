// Crosswalk files: a plain CSV of source, relation, target (optionally with each side's
// framework and a note), or Nesta's ESCO to O*NET occupation crosswalk in its own columns.
import { cellOf, type CsvRow, type CsvTable, optionalColumn, readCsv } from './csv-table';
import { invalid } from './import-error';
import { type CrosswalkRecord, emptyParsed, type ParseContext, type ParsedFile } from './records';
import { mapRelation } from './vocabulary';

function column(table: CsvTable, ...names: string[]): number {
  return table.header.findIndex((name) => names.includes(name.toLowerCase().replace(/_/g, ' ')));
}

function required(table: CsvTable, row: CsvRow, index: number, name: string): string {
  const value = cellOf(row, index);
  if (value === null)
    invalid({ file: table.file, row: row.row, column: name }, 'This cell is empty.');
  return value;
}

function readPlain(table: CsvTable): ParsedFile {
  const cols = {
    source: column(table, 'source'),
    relation: column(table, 'relation'),
    target: column(table, 'target'),
    sourceFramework: column(table, 'source framework'),
    targetFramework: column(table, 'target framework'),
    note: column(table, 'note'),
  };
  for (const name of ['source', 'relation', 'target'] as const) {
    if (cols[name] < 0)
      invalid({ file: table.file, row: 1, column: name }, 'This column is missing.');
  }

  const parsed = emptyParsed(table.file, 'crosswalk:csv', table.rows.length);
  for (const row of table.rows) {
    const term = required(table, row, cols.relation, 'relation');
    const mapping = mapRelation(term);
    if (!mapping) {
      const detail = `"${term}" is not a relation: use exact, close, broader, narrower, related, prerequisite, or a CASE, CTDL or SKOS term.`;
      invalid({ file: table.file, row: row.row, column: 'relation' }, detail);
    }

    parsed.crosswalk.push({
      sourceRef: required(table, row, cols.source, 'source'),
      sourceFramework: cellOf(row, cols.sourceFramework),
      relation: mapping.relation,
      reverse: mapping.reverse,
      targetRef: required(table, row, cols.target, 'target'),
      targetFramework: cellOf(row, cols.targetFramework),
      note: cellOf(row, cols.note),
      file: table.file,
      row: row.row,
    });
  }
  return parsed;
}

/**
 * Nesta's crosswalk (mapping-career-causeways) pairs each ESCO occupation with its most
 * similar O*NET occupation. A pairing by similarity is `close`, never `exact`. Its O*NET codes
 * are O*NET-SOC 2010: rows whose code is not in the imported O*NET are reported, not guessed.
 */
function readNesta(table: CsvTable): ParsedFile {
  const uri = optionalColumn(table, 'concept_uri');
  const code = optionalColumn(table, 'onet_code');
  const confidence = optionalColumn(table, 'confidence');
  const parsed = emptyParsed(table.file, 'crosswalk:nesta-esco-onet', table.rows.length);

  for (const row of table.rows) {
    const level = cellOf(row, confidence);
    const record: CrosswalkRecord = {
      sourceRef: required(table, row, uri, 'concept_uri'),
      sourceFramework: 'esco',
      relation: 'close',
      reverse: false,
      targetRef: required(table, row, code, 'onet_code'),
      targetFramework: 'onet',
      note:
        level === null ? 'Nesta ESCO to O*NET crosswalk' : `Nesta crosswalk, confidence ${level}`,
      file: table.file,
      row: row.row,
    };
    parsed.crosswalk.push(record);
  }
  return parsed;
}

/** Reads a crosswalk file of either shape. */
export function readCrosswalkCsv(context: ParseContext, text: string): ParsedFile {
  const table = readCsv(context.file, text, { delimiter: ',', quoted: true });
  const nesta = table.header.includes('concept_uri') && table.header.includes('onet_code');

  return nesta ? readNesta(table) : readPlain(table);
}
