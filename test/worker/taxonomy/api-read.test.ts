import { beforeAll, describe, expect, it } from 'vitest';
import { call, importForm, upload } from './api-support';
import { ESCO_FILES, ONET_FILES } from './support';

type Json = Record<string, unknown>;
type Page = { items: Json[]; nextCursor: string | null; attribution: Json[] };

const get = async (path: string) => {
  const res = await call(path, {}, null);
  return { status: res.status, body: (await res.json()) as Json };
};

let onet: Json;

beforeAll(async () => {
  const files = ONET_FILES.map(upload);
  const res = await call('/api/v1/imports', {
    method: 'POST',
    body: importForm({ kind: 'onet', frameworkVersion: '30.0' }, files),
  });
  onet = (await res.json()) as Json;
  await call('/api/v1/imports', {
    method: 'POST',
    body: importForm({ kind: 'esco' }, ESCO_FILES.map(upload)),
  });
});

describe('GET /api/v1/frameworks', () => {
  it('lists the frameworks by title, each with its attribution', async () => {
    const { status, body } = await get('/api/v1/frameworks');
    const page = body as unknown as Page;

    expect(status).toBe(200);
    expect(page.items.map((f) => f.title)).toEqual(['ESCO', 'O*NET']);
    expect(page.attribution.map((a) => a.licence)).toEqual([
      expect.stringContaining('2011/833/EU'),
      'CC BY 4.0',
    ]);
    expect(page.items[0]).not.toHaveProperty('contentHash');
  });

  it('pages with a bounded limit and an opaque cursor', async () => {
    const first = (await get('/api/v1/frameworks?limit=1')).body as unknown as Page;
    const second = (await get(`/api/v1/frameworks?limit=1&cursor=${first.nextCursor}`))
      .body as unknown as Page;

    expect(first.items.map((f) => f.title)).toEqual(['ESCO']);
    expect(second.items.map((f) => f.title)).toEqual(['O*NET']);
    expect(second.nextCursor).toBeNull();
  });

  it.each(['limit=0', 'limit=101', 'limit=ten', 'cursor=bogus'])(
    'refuses %s (400 parameter_invalid)',
    async (query) => {
      const { status, body } = await get(`/api/v1/frameworks?${query}`);
      expect(status).toBe(400);
      expect(body.code).toBe('parameter_invalid');
    },
  );
});

describe('GET /api/v1/frameworks/{id}/tree', () => {
  it('gives the top level, then the children of a node, each with its child count', async () => {
    const roots = (await get(`/api/v1/frameworks/${onet.frameworkId}/tree?limit=100`))
      .body as unknown as Page;
    const skills = roots.items.find((node) => node.code === '2');
    expect(skills).toMatchObject({ label: 'Worker Requirements', childCount: 2 });

    const children = (await get(String(skills?.children))).body as unknown as Page;
    expect(children.items.map((node) => node.code)).toEqual(['2.A', '2.B']);
    expect(children.attribution[0]).toMatchObject({ title: 'O*NET' });
  });

  it('answers 404 for a parent from another framework', async () => {
    const { status } = await get(`/api/v1/frameworks/${onet.frameworkId}/tree?parent=cp_nothing`);
    expect(status).toBe(404);
  });
});

describe('GET /api/v1/competencies', () => {
  it('searches, with the attribution of what it shows', async () => {
    const { status, body } = await get('/api/v1/competencies?q=kubernetes&limit=5');
    const items = body.items as Json[];

    expect(status).toBe(200);
    expect(items[0]).toMatchObject({ label: 'Kubernetes', kind: 'technology' });
    expect(body.attribution).toEqual([
      expect.objectContaining({ title: 'O*NET', version: '30.0' }),
    ]);
  });

  it('refuses a query longer than 200 characters', async () => {
    const { status, body } = await get(`/api/v1/competencies?q=${'a'.repeat(201)}`);
    expect(status).toBe(400);
    expect(body.code).toBe('parameter_invalid');
  });

  it('reads one competency with its attribution', async () => {
    const found = (await get('/api/v1/competencies?q=kubernetes&limit=1')).body.items as Json[];
    const { body } = await get(`/api/v1/competencies/${found[0]?.id}`);

    expect(body).toMatchObject({
      label: 'Kubernetes',
      altLabels: [],
      attribution: [{ title: 'O*NET' }],
    });
  });
});

describe('GET /api/v1/competencies/{id}/equivalents', () => {
  it('lists narrower nodes with their paths and the attribution', async () => {
    const found = (
      await get('/api/v1/competencies?q=Application%20server%20software&kind=technology-class')
    ).body.items as Json[];
    const { status, body } = await get(
      `/api/v1/competencies/${found[0]?.id}/equivalents?depth=1&limit=100`,
    );
    const items = body.items as Array<{ relation: string; competency: Json; path: Json[] }>;

    expect(status).toBe(200);
    expect(items.map((item) => item.competency.label)).toContain('Kubernetes');
    expect(items.every((item) => item.relation === 'narrower' && item.path.length === 1)).toBe(
      true,
    );
    expect(body.attribution).toEqual([expect.objectContaining({ title: 'O*NET' })]);
  });

  it('refuses a depth over 6', async () => {
    const found = (await get('/api/v1/competencies?q=kubernetes')).body.items as Json[];
    expect((await get(`/api/v1/competencies/${found[0]?.id}/equivalents?depth=7`)).status).toBe(
      400,
    );
  });
});

describe('DELETE /api/v1/frameworks/{id}', () => {
  it('deletes a framework with its competencies and their search entries (operator only)', async () => {
    const form = importForm({ kind: 'csv', title: 'Doomed' }, [
      { name: 'd.csv', text: 'code,label\nZ1,Zeppelin piloting' },
    ]);
    const job = (await (
      await call('/api/v1/imports', { method: 'POST', body: form })
    ).json()) as Json;

    expect(
      (await call(`/api/v1/frameworks/${job.frameworkId}`, { method: 'DELETE' }, null)).status,
    ).toBe(401);
    expect((await call(`/api/v1/frameworks/${job.frameworkId}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    expect((await get(`/api/v1/frameworks/${job.frameworkId}`)).status).toBe(404);
    expect(((await get('/api/v1/competencies?q=zeppelin')).body.items as Json[]).length).toBe(0);
  });
});
