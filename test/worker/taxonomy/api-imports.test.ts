import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { startMockWeb } from '../http/support';
import { call, importForm, postJson, upload } from './api-support';
import { countRows, ESCO_FILES, fixture } from './support';

const server = startMockWeb();

const postImport = (form: FormData, headers: Record<string, string> = {}, token?: string | null) =>
  call('/api/v1/imports', { method: 'POST', body: form, headers }, token);

describe('POST /api/v1/imports', () => {
  it('imports uploaded files and answers 201 with the job and where to read it', async () => {
    const res = await postImport(
      importForm({ kind: 'esco', frameworkVersion: '1.1' }, ESCO_FILES.map(upload)),
    );
    const job = (await res.json()) as Record<string, unknown>;

    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/v1/imports/${job.id}`);
    expect(job).toMatchObject({
      kind: 'esco',
      status: 'committed',
      result: { competencies: { added: 108 } },
    });
  });

  it('stages with commit=false (202), takes more files, then commits in one batch', async () => {
    const first = await postImport(
      importForm({ kind: 'csv', title: 'Parts', commit: 'false' }, [
        { name: 'a.csv', text: 'code,label\nA,One' },
      ]),
    );
    const job = (await first.json()) as { id: string; links: Record<string, string> };
    expect(first.status).toBe(202);

    const more = await call(job.links.files ?? '', {
      method: 'POST',
      body: importForm({}, [{ name: 'b.csv', text: 'code,label\nB,Two' }]),
    });
    expect(await more.json()).toMatchObject({
      status: 'staging',
      files: [{ name: 'a.csv' }, { name: 'b.csv' }],
    });

    const done = await call(job.links.commit ?? '', { method: 'POST' });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({
      status: 'committed',
      result: { competencies: { added: 2 } },
    });

    const read = await call(`/api/v1/imports/${job.id}`);
    expect(await read.json()).toMatchObject({ id: job.id, status: 'committed', stagedRows: 2 });
  });

  it('fetches a CASE package from a CASE API URL through the outbound guard', async () => {
    const url =
      'https://case.example.org/ims/case/v1p0/CFPackages/20c5134f-423d-4097-a971-3dd5152bf507';
    server.use(
      http.get(url, () =>
        HttpResponse.text(
          fixture('case/opensalt/what-standards-could-be.20c5134f.cfpackage.json'),
          { headers: { 'content-type': 'application/json' } },
        ),
      ),
    );

    const res = await postJson('/api/v1/imports', { kind: 'case', url });

    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      kind: 'case',
      status: 'committed',
      target: { title: 'What Standards Could Be' },
    });
  });

  it('answers 502 import_source_unavailable when the CASE API fails', async () => {
    const url = 'https://case.example.org/ims/case/v1p0/CFPackages/missing';
    server.use(http.get(url, () => new HttpResponse(null, { status: 404 })));

    const res = await postJson('/api/v1/imports', { kind: 'case', url });
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ code: 'import_source_unavailable' });
  });

  it('replays the first answer for the same Idempotency-Key and files', async () => {
    const files = [{ name: 'x.csv', text: 'code,label\nX,Ex' }];
    const key = { 'idempotency-key': 'import-key-1' };
    const first = await postImport(importForm({ kind: 'csv', title: 'Keyed' }, files), key);
    const jobs = await countRows('import_jobs');

    const again = await postImport(importForm({ kind: 'csv', title: 'Keyed' }, files), key);

    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect(await countRows('import_jobs')).toBe(jobs);
  });

  it('refuses the same Idempotency-Key with other files (422)', async () => {
    const key = { 'idempotency-key': 'import-key-2' };
    await postImport(
      importForm({ kind: 'csv', title: 'K2' }, [{ name: 'x.csv', text: 'code,label\nX,Ex' }]),
      key,
    );

    const res = await postImport(
      importForm({ kind: 'csv', title: 'K2' }, [{ name: 'x.csv', text: 'code,label\nY,Why' }]),
      key,
    );
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 'idempotency_conflict' });
  });
});

describe('refused imports', () => {
  it('names the file, row and column of a bad cell (import_invalid) and changes nothing', async () => {
    const before = await countRows('competencies');
    const res = await postImport(
      importForm({ kind: 'csv' }, [{ name: 'bad.csv', text: 'code,label\nA,One\nA,Again' }]),
    );

    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({
      code: 'import_invalid',
      file: 'bad.csv',
      row: 3,
      column: 'code',
      detail: 'Duplicate code.',
    });
    expect(await countRows('competencies')).toBe(before);
  });

  it('adds the JSON pointer for a CASE package', async () => {
    const res = await postImport(
      importForm({ kind: 'case' }, [{ name: 'p.json', text: '{"CFDocument":{}}' }]),
    );
    expect(await res.json()).toMatchObject({
      code: 'import_invalid',
      file: 'p.json',
      pointer: '/CFDocument',
    });
  });

  it.each([
    ['no kind', importForm({}, [{ name: 'a.csv', text: 'code,label\nA,B' }]), 'input_invalid'],
    [
      'an unknown kind',
      importForm({ kind: 'xml' }, [{ name: 'a.csv', text: 'x' }]),
      'input_invalid',
    ],
    ['no file', importForm({ kind: 'csv' }, []), 'input_missing'],
  ])('refuses %s (400)', async (_case, form, code) => {
    const res = await postImport(form);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code });
  });

  it('refuses a file that is not UTF-8', async () => {
    const form = new FormData();
    form.append('kind', 'csv');
    form.append('file', new File([new Uint8Array([0x63, 0x6f, 0xff, 0xfe])], 'latin.csv'));
    expect(await (await postImport(form)).json()).toMatchObject({
      code: 'import_invalid',
      file: 'latin.csv',
    });
  });

  it('refuses files to a job that is committed (409 import_conflict)', async () => {
    const res = await postImport(
      importForm({ kind: 'csv', title: 'Closed' }, [{ name: 'a.csv', text: 'code,label\nA,B' }]),
    );
    const job = (await res.json()) as { id: string };

    const more = await call(`/api/v1/imports/${job.id}/files`, {
      method: 'POST',
      body: importForm({}, [{ name: 'b.csv', text: 'code,label\nB,C' }]),
    });
    expect(more.status).toBe(409);
    expect(await more.json()).toMatchObject({ code: 'import_conflict' });
  });

  it('answers 404 for an import that does not exist', async () => {
    expect((await call('/api/v1/imports/im_nothing')).status).toBe(404);
  });

  it('refuses a JSON import of anything but a CASE URL', async () => {
    const res = await postJson('/api/v1/imports', {
      kind: 'esco',
      url: 'https://esco.example.org/x.csv',
    });
    expect(await res.json()).toMatchObject({ code: 'input_invalid' });
  });
});

describe('the operator token', () => {
  it('is required for imports (401, with a Bearer challenge)', async () => {
    const res = await postImport(
      importForm({ kind: 'csv' }, [{ name: 'a.csv', text: 'code,label\nA,B' }]),
      {},
      null,
    );

    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('Bearer');
    expect(await res.json()).toMatchObject({ code: 'operator_token_required' });
  });

  it('must match exactly', async () => {
    for (const token of [
      'test-operator-token-2f9',
      'test-operator-token-2f9cX',
      'TEST-OPERATOR-TOKEN-2F9C',
    ]) {
      const res = await postImport(
        importForm({ kind: 'csv' }, [{ name: 'a.csv', text: 'code,label\nA,B' }]),
        {},
        token,
      );
      expect(res.status).toBe(401);
    }
  });

  it('refuses a wrong scheme', async () => {
    const res = await call(
      '/api/v1/imports/im_x',
      { headers: { authorization: 'Basic dGVzdA==' } },
      null,
    );
    expect(res.status).toBe(401);
  });
});
