// Shared by the taxonomy tests: the taxonomy fixtures as import files, the database, a clock,
// and short ways to import and to count rows.
import { env } from 'cloudflare:workers';
import { createDb } from '../../../src/db/client';
import type { ImportKind, ImportOptions } from '../../../src/taxonomy/framework-target';
import { type ImportRequest, startImport } from '../../../src/taxonomy/import-job';
import type { ImportFile } from '../../../src/taxonomy/import-read';

const files = import.meta.glob<string>('../../fixtures/taxonomy/**/*.{csv,txt,json}', {
  eager: true,
  query: '?raw',
  import: 'default',
});

const PREFIX = '../../fixtures/taxonomy/';

export const NOW = new Date('2026-11-01T09:30:00.000Z');

export const db = createDb(env.DB);

/** The text of a fixture under test/fixtures/taxonomy/. */
export function fixture(path: string): string {
  const text = files[`${PREFIX}${path}`];
  if (text === undefined) throw new Error(`no taxonomy fixture ${path}`);
  return text;
}

/** Every fixture path under a folder of test/fixtures/taxonomy/. */
export function fixturePaths(folder: string): string[] {
  return Object.keys(files)
    .map((path) => path.slice(PREFIX.length))
    .filter((path) => path.startsWith(folder))
    .sort();
}

/** A fixture as an import file named by its base name. */
export function importFile(path: string): ImportFile {
  return { name: path.slice(path.lastIndexOf('/') + 1), text: fixture(path) };
}

/** Imports fixtures (committed in the same call) and returns the job. */
export function importFixtures(
  kind: ImportKind,
  paths: string[],
  options: ImportOptions = {},
  organisationId: string | null = null,
) {
  const request: ImportRequest = {
    organisationId,
    kind,
    files: paths.map(importFile),
    options,
    createdBy: 'operator',
  };
  return startImport(db, request, true, NOW);
}

/** Rows of a table (optionally with a WHERE clause), to prove what changed and what did not. */
export async function countRows(table: string, where = 'true', ...params: unknown[]) {
  const statement = env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`);
  const row = await statement.bind(...params).first<{ n: number }>();
  return row?.n ?? 0;
}

/** The ONET subset's files that hold data (task statements and scales are recognised too). */
export const ONET_FILES = [
  'onet/occupation_data.onet30.subset.txt',
  'onet/content_model_reference.skills.onet24_2.txt',
  'onet/skills.onet29.subset.txt',
  'onet/technology_skills.onet30.subset.txt',
  'onet/alternate_titles.onet30.subset.txt',
  'onet/scales_reference.onet24_2.txt',
  'onet/task_statements.onet30.subset.txt',
];

export const ESCO_FILES = [
  'esco/occupations_en.ict-isco-251-252-351-352.subset.csv',
  'esco/ictSkillsCollection_en.csv',
];
