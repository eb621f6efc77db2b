import { env } from 'cloudflare:workers';
import { HttpResponse, http } from 'msw';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { endImportJob, insertImportJob } from '../../../src/db/taxonomy-imports';
import type { Browser } from '../auth/support/browser';
import { captureConsole } from '../auth/support/logs';
import {
  countRows,
  createTestOrganisation,
  signedIn,
  type TestOrganisation,
} from '../auth/support/organisations';
import { startMockWeb } from '../http/support';
import { db, fixture, NOW } from '../taxonomy/support';
import { importCase, importPublicCsv, importThroughPage, WSCB } from './support';

captureConsole();
const server = startMockWeb();

const CASE_API = 'https://case.example.org/ims/case/v1p0/CFPackages/20c5134f';

let org: TestOrganisation;
let owner: Browser;

beforeAll(async () => {
  await importPublicCsv('Reference skills', 'code,label\nPUB-1,Public reference skill\n');
});

// The database is shared by the tests of a file: each test gets an organisation of its own.
beforeEach(async () => {
  org = await createTestOrganisation('frameworks');
  owner = await signedIn(org.owner);
});

function ownFrameworks() {
  return countRows('frameworks', `organisation_id = '${org.id}'`);
}

describe('the frameworks page', () => {
  it('lists public frameworks with source, version, licence and attribution', async () => {
    const html = await (await owner.get('/admin/frameworks')).text();

    expect(html).toContain('Reference skills');
    expect(html).toContain('<td>Public</td>');
    expect(html).toContain('<td>2.1</td>');
    expect(html).toContain('href="https://reference.example.org/skills"');
    expect(html).toContain('CC BY 4.0');
    expect(html).toContain('Reference skills by the Example Skills Council, used under CC BY 4.0.');
  });

  it("lists the organisation's own framework once imported, as its own", async () => {
    await importCase(owner);

    const html = await (await owner.get('/admin/frameworks')).text();
    const row = html.split('<tr>').find((part) => part.includes('What Standards Could Be')) ?? '';
    expect(row).toContain('<td>Your organisation</td>');
    expect(row).toContain('<td>16</td>');
    expect(row).toContain('What Standards Could Be, by Brandon Dorman');
  });

  it('offers every import kind, files and a CASE API URL, behind a CSRF token', async () => {
    const html = await (await owner.get('/admin/frameworks')).text();

    expect(html).toContain('enctype="multipart/form-data"');
    for (const kind of ['case', 'esco', 'onet', 'csv', 'crosswalk']) {
      expect(html).toContain(`<option value="${kind}"`);
    }
    expect(html).toContain('name="file" type="file" multiple=""');
    expect(html).toContain('name="url" type="url"');
    expect(html).toMatch(
      /action="\/admin\/imports"[^>]*>\s*<h2>[^<]*<\/h2>\s*<input type="hidden" name="csrf_token"/,
    );
  });
});

describe('importing through the page', () => {
  it('imports a CASE package for the organisation and shows what was added', async () => {
    const res = await importThroughPage(owner, { kind: 'case' }, [{ path: WSCB }]);
    expect(res.status).toBe(303);
    const html = await (await owner.get(res.headers.get('location') ?? '')).text();

    expect(html).toContain('Imported: the changes below are live.');
    expect(html).toMatch(/<th scope="row">Competencies<\/th>\s*<td>16<\/td>\s*<td>0<\/td>/);
    expect(html).toContain(`<dd>${org.owner.email}</dd>`);
    expect(html).toContain('What Standards Could Be, by Brandon Dorman');
    expect(await ownFrameworks()).toBe(1);
    expect(
      await countRows(
        'competencies',
        `framework_id IN (SELECT id FROM frameworks WHERE organisation_id = '${org.id}')`,
      ),
    ).toBe(16);
  });

  it('reports the same file imported again as unchanged', async () => {
    await importCase(owner);

    const html = await (await owner.get(await importCase(owner))).text();

    expect(html).toContain('Nothing changed: this version was imported already.');
    expect(html).not.toContain('What changed');
    expect(await ownFrameworks()).toBe(1);
  });

  it('imports an employer CSV under the title given on the form', async () => {
    const csv = { name: 'skills.csv', text: 'code,label\nK-1,Kubernetes operations\n' };

    const res = await importThroughPage(owner, { kind: 'csv', title: 'Platform skills' }, [csv]);

    expect(res.status).toBe(303);
    expect(await (await owner.get('/admin/frameworks')).text()).toContain('Platform skills');
  });

  it('records the import in the audit log, with who imported what', async () => {
    await importCase(owner);

    const where = `organisation_id = '${org.id}' AND action = 'data_imported'`;
    const event = await env.DB.prepare(`SELECT * FROM audit_events WHERE ${where}`).first<{
      actor_label: string;
      target_label: string;
      target_type: string;
    }>();
    expect(event).toMatchObject({
      actor_label: org.owner.email,
      target_type: 'framework',
      target_label: 'What Standards Could Be',
    });
  });

  it('fetches a CASE package from a CASE API URL through the outbound guard', async () => {
    const json = { 'content-type': 'application/json' };
    server.use(http.get(CASE_API, () => HttpResponse.text(fixture(WSCB), { headers: json })));

    const res = await importThroughPage(owner, { kind: 'case', url: CASE_API });

    expect(res.status).toBe(303);
    const html = await (await owner.get(res.headers.get('location') ?? '')).text();
    expect(html).toContain('Imported: the changes below are live.');
    expect(html).toContain(`<td>${CASE_API}</td>`);
  });
});

describe('an import that cannot be made', () => {
  it('names the row and column of a bad cell, and imports nothing (400)', async () => {
    const csv = { name: 'skills.csv', text: 'code,label\nA-1,First\nA-2,\n' };

    const res = await importThroughPage(owner, { kind: 'csv', title: 'Broken' }, [csv]);

    const html = await res.text();
    expect(res.status).toBe(400);
    expect(html).toContain('This cell is empty.');
    expect(html).toContain('Where: row 3, column label of skills.csv');
    expect(html).toContain('<option value="csv" selected="">');
    expect(html).toContain('name="title" type="text" maxlength="2000" value="Broken"');
    expect(await ownFrameworks()).toBe(0);
  });

  it('says a CASE file is not JSON, naming the file (400)', async () => {
    const file = { name: 'package.json', text: '{"CFDocument": ' };

    const res = await importThroughPage(owner, { kind: 'case' }, [file]);

    expect(res.status).toBe(400);
    expect(await res.text()).toContain('The file is not well-formed JSON.');
    expect(await ownFrameworks()).toBe(0);
  });

  it('asks for a file when none was chosen (400)', async () => {
    const res = await importThroughPage(owner, { kind: 'csv' });

    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Choose a file to import.');
  });

  it('refuses a URL for anything but a CASE package (400)', async () => {
    const res = await importThroughPage(owner, { kind: 'esco', url: CASE_API });

    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Only a CASE package can be fetched from a URL.');
  });

  it('refuses a URL on this machine without fetching it (400)', async () => {
    const res = await importThroughPage(owner, { kind: 'case', url: 'http://127.0.0.1/package' });

    expect(res.status).toBe(400);
    expect(await ownFrameworks()).toBe(0);
  });

  it('answers 502 with the reason when the CASE API fails', async () => {
    const missing = `${CASE_API}-missing`;
    server.use(http.get(missing, () => new HttpResponse(null, { status: 404 })));

    const res = await importThroughPage(owner, { kind: 'case', url: missing });

    expect(res.status).toBe(502);
    expect(await res.text()).toContain('The import was not made');
    expect(await ownFrameworks()).toBe(0);
  });
});

describe('the page of a failed import', () => {
  it('says why it failed and where in the file', async () => {
    const target = { uri: 'urn:proofpath:framework:broken', title: 'Broken', version: null };
    const job = { id: 'im_failed-test-0001', organisationId: org.id, kind: 'csv' as const };
    await insertImportJob(db, { ...job, frameworkId: null, target, createdBy: 'x' }, NOW);
    const error = {
      code: 'import_invalid',
      detail: 'Duplicate code.',
      file: 'a.csv',
      row: 4,
      column: 'code',
    };
    await endImportJob(db, job.id, { status: 'failed', error }, NOW);

    const html = await (await owner.get(`/admin/imports/${job.id}`)).text();

    expect(html).toContain('Failed: nothing was changed.');
    expect(html).toContain('<p>Duplicate code.</p>');
    expect(html).toContain('Where: row 4, column code of a.csv');
  });

  it("answers 404 for another organisation's import", async () => {
    const other = await createTestOrganisation('frameworks-other');
    const jobPage = await importCase(await signedIn(other.owner));

    expect((await owner.get(jobPage)).status).toBe(404);
  });
});
