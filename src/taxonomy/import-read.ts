// Reads the files of an import with the reader of its kind, and names the framework (or the
// crosswalk set) they write into. Pure: nothing is written here, so a bad file changes nothing.
import { readCasePackage } from './case/case-package';
import { readCrosswalkCsv } from './crosswalk-csv';
import { readEmployerCsv } from './employer-csv';
import { readEscoFile } from './esco/esco-file';
import {
  defaultTarget,
  type FrameworkTarget,
  type ImportKind,
  type ImportOptions,
} from './framework-target';
import { invalid } from './import-error';
import { readOnetFile } from './onet/onet-file';
import type { ParseContext, ParsedFile } from './records';

/** A file to import: its name (as errors will call it) and its text. */
export interface ImportFile {
  name: string;
  text: string;
}

export interface ReadImport {
  target: FrameworkTarget;
  parsed: ParsedFile[];
}

const READERS: Record<
  Exclude<ImportKind, 'case'>,
  (context: ParseContext, text: string) => ParsedFile
> = {
  esco: readEscoFile,
  onet: readOnetFile,
  csv: readEmployerCsv,
  crosswalk: readCrosswalkCsv,
};

function crosswalkTarget(options: ImportOptions, firstFile: string): FrameworkTarget {
  const name = options.crosswalkName?.trim() || firstFile.replace(/\.[^.]*$/, '');
  return {
    uri: name,
    title: name,
    version: options.frameworkVersion?.trim() || null,
    source: options.source?.trim() || null,
    licence: options.licence?.trim() || null,
    attribution: options.attribution?.trim() || null,
  };
}

/** The framework or crosswalk set that files of this kind write into, for a new job. */
export function targetFor(
  kind: Exclude<ImportKind, 'case'>,
  options: ImportOptions,
  first: string,
) {
  return kind === 'crosswalk'
    ? crosswalkTarget(options, first)
    : defaultTarget(kind, options, first);
}

/**
 * Reads every file of a new import. `firstOrdinal` is how many files the job already has.
 * Throws `ImportInvalidError` for the first bad row of the first bad file.
 */
export function readImportFiles(
  kind: ImportKind,
  files: readonly ImportFile[],
  options: ImportOptions,
  firstOrdinal = 0,
  sourceUrl: string | null = null,
): ReadImport {
  const first = files[0];
  if (!first)
    return invalid({ file: '(request)', row: null, column: 'file' }, 'No file to import.');

  if (kind === 'case') {
    if (files.length > 1) {
      invalid(
        { file: files[1]?.name ?? '', row: null, column: null },
        'A CASE import takes one CFPackage.',
      );
    }
    const pkg = readCasePackage(first.name, first.text, options, sourceUrl);
    return { target: pkg.target, parsed: [pkg.parsed] };
  }

  const read = READERS[kind];
  const parsed = files.map((file, index) =>
    read({ file: file.name, ordinal: firstOrdinal + index }, file.text),
  );
  return { target: targetFor(kind, options, first.name), parsed };
}
