// Shared by the admin page tests: an organisation with a signed-in owner, imports through the
// admin page's own form, and the ids of what was imported, read from D1.
import { env } from 'cloudflare:workers';
import { type Browser, csrfTokenIn, ORIGIN } from '../auth/support/browser';
import { startImport } from '../../../src/taxonomy/import-job';
import { db, fixture, NOW } from '../taxonomy/support';

export const WSCB = 'case/opensalt/what-standards-could-be.20c5134f.cfpackage.json';

/** The first CFItem of the CASE fixture: label, code, and its identifier (the competency key). */
export const RATIO = {
  label: 'Understand ratio concepts and use ratio reasoning to solve problems.',
  code: 'CCSS.Math.Content.6.RP.A',
  key: 'edfce0e7-dbbf-40d5-af1a-baccabef85e9',
};

/** The headers a browser sends with a form posted from one of this origin's pages. */
export const SAME_ORIGIN = { origin: ORIGIN, 'sec-fetch-site': 'same-origin' };

/** Files to upload: fixtures of test/fixtures/taxonomy, or texts written by the test. */
export type Upload = { path: string } | { name: string; text: string };

function fileOf(upload: Upload): File {
  if ('path' in upload) {
    const name = upload.path.slice(upload.path.lastIndexOf('/') + 1);
    return new File([fixture(upload.path)], name, { type: 'application/json' });
  }
  return new File([upload.text], upload.name, { type: 'text/csv' });
}

/** Posts the import form of /admin/frameworks as a browser would (multipart, with its token). */
export async function importThroughPage(
  browser: Browser,
  fields: Record<string, string>,
  uploads: Upload[] = [],
): Promise<Response> {
  const page = await browser.get('/admin/frameworks');
  const form = new FormData();
  form.set('csrf_token', csrfTokenIn(await page.text()));
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  for (const upload of uploads) form.append('file', fileOf(upload));
  if (uploads.length === 0) form.append('file', new File([], ''));

  return browser.fetch('/admin/imports', { method: 'POST', body: form, headers: SAME_ORIGIN });
}

/** Imports the CASE fixture for the browser's organisation; answers the job page's path. */
export async function importCase(browser: Browser): Promise<string> {
  const res = await importThroughPage(browser, { kind: 'case' }, [{ path: WSCB }]);
  const location = res.headers.get('location');
  if (res.status !== 303 || !location) throw new Error(`The import answered ${res.status}.`);
  return location;
}

/** The id of a competency by its key (a CFItem identifier) in an organisation's frameworks. */
export async function competencyId(organisationId: string, key: string): Promise<string> {
  const row = await env.DB.prepare(
    `SELECT c.id FROM competencies c JOIN frameworks f ON f.id = c.framework_id
     WHERE c.key = ? AND f.organisation_id IS ?`,
  )
    .bind(key, organisationId)
    .first<{ id: string }>();
  if (!row) throw new Error(`No competency ${key} in this organisation.`);
  return row.id;
}

/** The id of the organisation's framework of one kind. */
export async function frameworkId(organisationId: string, kind = 'case'): Promise<string> {
  const row = await env.DB.prepare(
    'SELECT id FROM frameworks WHERE organisation_id IS ? AND kind = ? ORDER BY title LIMIT 1',
  )
    .bind(organisationId, kind)
    .first<{ id: string }>();
  if (!row) throw new Error(`No ${kind} framework in this organisation.`);
  return row.id;
}

/** A small public framework (the operator's reference data), from an employer CSV. */
export async function importPublicCsv(title: string, csv: string, version = '2.1'): Promise<void> {
  const options = {
    title,
    frameworkVersion: version,
    source: 'https://reference.example.org/skills',
    licence: 'CC BY 4.0',
    attribution: `${title} by the Example Skills Council, used under CC BY 4.0.`,
  };
  const files = [{ name: 'reference.csv', text: csv }];
  const request = {
    organisationId: null,
    kind: 'csv' as const,
    files,
    options,
    createdBy: 'operator',
  };
  const job = await startImport(db, request, true, NOW);
  if (job.status !== 'committed' && job.status !== 'unchanged') throw new Error(job.status);
}

/** The id of a public competency by its code. */
export async function publicCompetencyId(code: string): Promise<string> {
  const row = await env.DB.prepare(
    `SELECT c.id FROM competencies c JOIN frameworks f ON f.id = c.framework_id
     WHERE c.code = ? AND f.organisation_id IS NULL`,
  )
    .bind(code)
    .first<{ id: string }>();
  if (!row) throw new Error(`No public competency ${code}.`);
  return row.id;
}

/** The CASE fixture as public reference data (imported by the operator). */
export async function importPublicCase(): Promise<void> {
  const files = [{ name: 'package.json', text: fixture(WSCB) }];
  const request = {
    organisationId: null,
    kind: 'case' as const,
    files,
    options: {},
    createdBy: 'operator',
  };
  await startImport(db, request, true, NOW);
}
