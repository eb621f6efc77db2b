import { beforeAll, describe, expect, it } from 'vitest';
import { call, importForm, postJson } from './api-support';
import { EMPLOYER_CSV } from './csv-helpers';

type Json = Record<string, unknown>;

const ids: Record<string, string> = {};

beforeAll(async () => {
  const form = importForm({ kind: 'csv', title: 'Acme' }, [
    { name: 'acme.csv', text: EMPLOYER_CSV },
  ]);
  await call('/api/v1/imports', { method: 'POST', body: form });
  for (const code of ['CLOUD', 'CLOUD.K8S', 'DATA']) {
    const res = await call(
      `/api/v1/competencies?q=${encodeURIComponent(code === 'DATA' ? 'data analysis' : code === 'CLOUD' ? 'cloud engineering' : 'kubernetes operations')}&limit=1`,
      {},
      null,
    );
    ids[code] = String(((await res.json()) as { items: Json[] }).items[0]?.id);
  }
});

describe('crosswalk edges by hand', () => {
  it('adds an edge with who and why (201), lists it, and reads it', async () => {
    const res = await postJson('/api/v1/crosswalk-edges', {
      sourceId: ids.CLOUD,
      relation: 'related',
      targetId: ids.DATA,
      createdBy: 'ana@acme.example',
      note: 'Often hired together.',
    });
    const edge = (await res.json()) as Json;

    expect(res.status).toBe(201);
    expect(edge).toMatchObject({
      relation: 'related',
      origin: 'admin',
      createdBy: 'ana@acme.example',
      note: 'Often hired together.',
    });
    const list = (await (
      await call(`/api/v1/crosswalk-edges?competency=${ids.DATA}`, {}, null)
    ).json()) as { items: Json[] };
    expect(list.items.map((e) => e.id)).toEqual([edge.id]);
  });

  it('refuses the same edge twice (409 edge_exists), an unknown end, and a loop', async () => {
    const body = {
      sourceId: ids.CLOUD,
      relation: 'exact',
      targetId: ids['CLOUD.K8S'],
      createdBy: 'ana',
    };
    await postJson('/api/v1/crosswalk-edges', body);

    expect(await (await postJson('/api/v1/crosswalk-edges', body)).json()).toMatchObject({
      status: 409,
      code: 'edge_exists',
    });
    expect(
      await (await postJson('/api/v1/crosswalk-edges', { ...body, targetId: 'cp_unknown' })).json(),
    ).toMatchObject({ code: 'competency_unknown' });
    expect(
      await (await postJson('/api/v1/crosswalk-edges', { ...body, targetId: ids.CLOUD })).json(),
    ).toMatchObject({ code: 'input_invalid' });
  });

  it('refuses a relation outside the vocabulary', async () => {
    const res = await postJson('/api/v1/crosswalk-edges', {
      sourceId: ids.CLOUD,
      relation: 'similar',
      targetId: ids.DATA,
      createdBy: 'ana',
    });
    expect(await res.json()).toMatchObject({ status: 400, code: 'input_invalid' });
  });

  it('removes an edge with who and why; it stays on record as removed', async () => {
    const created = (await (
      await postJson('/api/v1/crosswalk-edges', {
        sourceId: ids.DATA,
        relation: 'prerequisite',
        targetId: ids.CLOUD,
        createdBy: 'ana',
      })
    ).json()) as Json;

    const removed = await call(`/api/v1/crosswalk-edges/${created.id}`, {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ removedBy: 'bo', note: 'Not a prerequisite.' }),
    });
    expect(removed.status).toBe(204);

    const record = (await (
      await call(`/api/v1/crosswalk-edges/${created.id}`, {}, null)
    ).json()) as Json;
    expect(record).toMatchObject({ removedBy: 'bo', removalNote: 'Not a prerequisite.' });
    expect(record.removedAt).not.toBeNull();
    expect(
      (
        await call(`/api/v1/crosswalk-edges/${created.id}`, {
          method: 'DELETE',
          headers: { 'content-type': 'application/json' },
          body: '{"removedBy":"bo"}',
        })
      ).status,
    ).toBe(404);
  });

  it('refuses a removal that does not say who removes it', async () => {
    expect(
      await (await call('/api/v1/crosswalk-edges/xe_x', { method: 'DELETE' })).json(),
    ).toMatchObject({ code: 'input_missing' });
  });

  it('needs the operator token to change edges', async () => {
    const res = await call(
      '/api/v1/crosswalk-edges',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' },
      null,
    );
    expect(res.status).toBe(401);
  });
});

describe('badge mappings', () => {
  const badge = 'https://badges.example.org/badgeclasses/k8s-operator';

  it('maps a badge class to a competency with a band, by hand', async () => {
    const res = await postJson('/api/v1/badge-mappings', {
      achievementId: badge,
      competencyId: ids['CLOUD.K8S'],
      band: 'core',
      createdBy: 'ana',
    });

    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      achievementId: badge,
      band: 'core',
      origin: 'admin',
      createdBy: 'ana',
    });
  });

  it('lists a badge class’s mappings with the competencies and their attribution', async () => {
    const list = (await (
      await call(`/api/v1/badge-mappings?achievement=${encodeURIComponent(badge)}`, {}, null)
    ).json()) as { items: Json[]; attribution: Json[] };

    expect(list.items).toEqual([
      expect.objectContaining({
        band: 'core',
        competency: expect.objectContaining({ label: 'Kubernetes operations' }),
      }),
    ]);
    expect(list.attribution).toEqual([expect.objectContaining({ title: 'Acme' })]);
  });

  it('changes the band, then removes the mapping', async () => {
    const list = (await (
      await call(`/api/v1/badge-mappings?achievement=${encodeURIComponent(badge)}`, {}, null)
    ).json()) as { items: Json[] };
    const id = String(list.items[0]?.id);

    const patched = await call(`/api/v1/badge-mappings/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ band: 'advanced', updatedBy: 'bo' }),
    });
    expect(await patched.json()).toMatchObject({ band: 'advanced', createdBy: 'bo' });

    expect((await call(`/api/v1/badge-mappings/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/api/v1/badge-mappings/${id}`, {}, null)).status).toBe(404);
  });

  it('refuses an unknown band or competency', async () => {
    const bad = await postJson('/api/v1/badge-mappings', {
      achievementId: badge,
      competencyId: ids.DATA,
      band: 'expert',
      createdBy: 'ana',
    });
    const unknown = await postJson('/api/v1/badge-mappings', {
      achievementId: badge,
      competencyId: 'cp_none',
      band: 'core',
      createdBy: 'ana',
    });

    expect(await bad.json()).toMatchObject({ code: 'input_invalid' });
    expect(await unknown.json()).toMatchObject({ code: 'competency_unknown' });
  });
});
