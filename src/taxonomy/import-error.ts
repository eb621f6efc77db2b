// The one failure of an import that is the file's fault: it names the file, the row and the
// column (or, for JSON, the pointer), so a person can find and fix the cell.

/** Where in a file the problem is. Rows count the header as row 1, as a spreadsheet does. */
export interface ImportLocation {
  file: string;
  row: number | null;
  column: string | null;
  /** RFC 6901 JSON pointer, for JSON files. */
  pointer?: string;
}

/** A file that cannot be imported as it is. Nothing has been written when this is thrown. */
export class ImportInvalidError extends Error {
  override readonly name = 'ImportInvalidError';
  readonly code = 'import_invalid';
  readonly location: ImportLocation;

  constructor(location: ImportLocation, detail: string) {
    super(detail);
    this.location = location;
  }
}

/** Throws `ImportInvalidError`; keeps importers' guard clauses on one line. */
export function invalid(location: ImportLocation, detail: string): never {
  throw new ImportInvalidError(location, detail);
}

/** "row 12, column skillUri of skills.csv": the place, as a sentence fragment. */
export function describeLocation(location: ImportLocation): string {
  const parts = [
    location.row === null ? null : `row ${location.row}`,
    location.column === null ? null : `column ${location.column}`,
  ].filter((part) => part !== null);

  return parts.length === 0 ? location.file : `${parts.join(', ')} of ${location.file}`;
}

/** An import job asked to do what its state does not allow (commit a failed job, say). */
export class ImportConflictError extends Error {
  override readonly name = 'ImportConflictError';
  readonly code = 'import_conflict';
}
