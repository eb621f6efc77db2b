import { env } from 'cloudflare:workers';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { removeEdge } from '../../../src/db/taxonomy-edges';
import { importTexts } from './csv-helpers';
import { countRows, db, ESCO_FILES, fixture, importFixtures, NOW, ONET_FILES } from './support';

const NESTA = 'esco/esco_onet_crosswalk_Nov2020.ict-subset.csv';
const nesta = Papa.parse<Record<string, string>>(fixture(NESTA), {
  header: true,
  skipEmptyLines: true,
}).data;
const escoUri = (label: string) =>
  nesta.find((row) => row.esco_occupation === label)?.concept_uri ?? '';

const CROSSWALK = [
  'source,relation,target,source framework,target framework,note',
  `${escoUri('data analyst')},skos:closeMatch,15-2051.00,ESCO,onet,Both analyse data`,
  `${escoUri('ICT security administrator')},exact,15-1212.00,esco,onet,`,
  `${escoUri('data analyst')},related,99-9999.99,esco,onet,No such O*NET code`,
].join('\n');

const crosswalk = (text: string) =>
  importTexts('crosswalk', [{ name: 'esco-onet.csv', text }], { crosswalkName: 'esco-onet' });

async function edges() {
  const rows = await env.DB.prepare(
    `SELECT s.label AS source, e.relation, t.code AS target, e.origin, e.crosswalk_set AS "set"
     FROM crosswalk_edges e JOIN competencies s ON s.id = e.source_id
     JOIN competencies t ON t.id = e.target_id
     WHERE e.origin = 'crosswalk' AND e.removed_at IS NULL ORDER BY s.label`,
  ).all();
  return rows.results;
}

beforeAll(async () => {
  await importFixtures('onet', ONET_FILES, { frameworkVersion: '30.0' });
  await importFixtures('esco', ESCO_FILES, { frameworkVersion: '1.1' });
});

describe("Nesta's ESCO to O*NET crosswalk (O*NET-SOC 2010 codes)", () => {
  it('reports every row whose O*NET code is not in O*NET 30.0, and invents no edge', async () => {
    const job = await importFixtures('crosswalk', [NESTA]);
    const unmatched = job.result?.unmatchedRows as Array<Record<string, unknown>>;

    expect(job.status).toBe('committed');
    expect(job.result).toMatchObject({
      rows: nesta.length,
      unmatched: nesta.length,
      edges: { added: 0, total: 0 },
    });
    expect(unmatched[0]).toMatchObject({
      row: 2,
      targetRef: nesta[0]?.onet_code,
      source: 'matched',
      target: 'not found',
    });
    expect(await countRows('crosswalk_edges', "origin = 'crosswalk'")).toBe(0);
  });
});

describe('a crosswalk CSV of source, relation, target', () => {
  it('adds the edges whose ends resolve, in our vocabulary, and reports the rest', async () => {
    const job = await crosswalk(CROSSWALK);

    expect(job.result).toMatchObject({
      rows: 3,
      unmatched: 1,
      edges: { added: 2, removed: 0, total: 2 },
    });
    expect(await edges()).toEqual([
      {
        source: 'ICT security administrator',
        relation: 'exact',
        target: '15-1212.00',
        origin: 'crosswalk',
        set: 'esco-onet',
      },
      {
        source: 'data analyst',
        relation: 'close',
        target: '15-2051.00',
        origin: 'crosswalk',
        set: 'esco-onet',
      },
    ]);
  });

  it('changes nothing when imported again', async () => {
    await crosswalk(CROSSWALK);
    const again = await crosswalk(CROSSWALK);

    expect(again.result?.edges).toEqual({ added: 0, removed: 0, total: 2 });
    expect(await edges()).toHaveLength(2);
  });

  it('replaces the set with a new version of the file', async () => {
    await crosswalk(CROSSWALK);
    const next = await crosswalk(CROSSWALK.split('\n').slice(0, 2).join('\n'));

    expect(next.result?.edges).toEqual({ added: 0, removed: 1, total: 1 });
    expect(await edges()).toHaveLength(1);
  });

  it('does not bring back an edge an admin removed', async () => {
    await crosswalk(CROSSWALK);
    const edge = await env.DB.prepare(
      "SELECT id FROM crosswalk_edges WHERE origin = 'crosswalk' AND relation = 'exact'",
    ).first<{ id: string }>();
    await removeEdge(db, null, edge?.id ?? '', { by: 'ana', note: 'Not the same job.' }, NOW);

    const again = await crosswalk(CROSSWALK);

    expect(again.result?.edges).toMatchObject({ added: 0 });
    expect((await edges()).map((e) => e.relation)).toEqual(['close']);
  });

  it('reports a reference two frameworks share as ambiguous', async () => {
    await importTexts('csv', [{ name: 'a.csv', text: 'code,label\nK8S,Kubernetes A' }], {
      title: 'A',
    });
    await importTexts('csv', [{ name: 'b.csv', text: 'code,label\nK8S,Kubernetes B' }], {
      title: 'B',
    });

    const job = await importTexts('crosswalk', [
      { name: 'x.csv', text: 'source,relation,target\nK8S,exact,15-1252.00' },
    ]);

    expect(job.result?.unmatchedRows).toEqual([
      expect.objectContaining({ source: 'ambiguous', target: 'matched' }),
    ]);
  });

  it('refuses a relation that no vocabulary defines, naming row and column', async () => {
    const bad = 'source,relation,target\na,exactly,b';
    await expect(crosswalk(bad)).rejects.toMatchObject({
      location: { row: 2, column: 'relation' },
    });
  });
});
