// A plain reading of O*NET's tab-separated fixtures (they never quote), so tests can count what
// the source files hold without the importer's own parser.

/** The rows of a TSV text as records keyed by the header. */
export function tsvRecords(text: string): Array<Record<string, string>> {
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line !== '');
  const names = (header ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
  });
}

/** The distinct values of a column. */
export function distinct(records: Array<Record<string, string>>, column: string): Set<string> {
  return new Set(records.map((record) => record[column] ?? ''));
}
