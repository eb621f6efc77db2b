import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { addEdge } from '../../../src/taxonomy/crosswalk-edges';
import { findEquivalents } from '../../../src/taxonomy/equivalents';
import type { EdgeRelation } from '../../../src/taxonomy/vocabulary';
import { importTexts } from './csv-helpers';
import { db, NOW } from './support';

const ids: Record<string, string> = {};
const LIMITS = { maxDepth: 6, maxResults: 100 };

async function framework(title: string, rows: string) {
  const job = await importTexts(
    'csv',
    [{ name: `${title}.csv`, text: `code,label,parent code\n${rows}` }],
    { title },
  );
  const found = await env.DB.prepare('SELECT code, id FROM competencies WHERE framework_id = ?')
    .bind(job.frameworkId)
    .all<{ code: string; id: string }>();
  for (const row of found.results) ids[row.code] = row.id;
}

async function edge(
  source: string,
  relation: EdgeRelation,
  target: string,
  organisationId: string | null = null,
) {
  const request = {
    sourceId: ids[source] ?? '',
    relation,
    targetId: ids[target] ?? '',
    createdBy: 'test',
    note: null,
  };
  const added = await addEdge(db, organisationId, request, NOW);
  if ('refused' in added) throw new Error(added.refused);
}

const code = (id: string) => Object.entries(ids).find(([, value]) => value === id)?.[0];

async function walk(start: string, organisationId: string | null = null) {
  const found = await findEquivalents(db, organisationId, ids[start] ?? '', LIMITS);
  const rows = found.map((f) => ({
    code: code(f.competencyId),
    relation: f.relation,
    depth: f.depth,
  }));
  return rows.sort((a, b) => a.depth - b.depth || (a.code ?? '').localeCompare(b.code ?? ''));
}

beforeAll(async () => {
  await framework('A', 'A1,Cloud,\nA1.1,Kubernetes,A1');
  await framework('B', 'B1,Cloud computing,');
  await framework('C', 'C1,Cloud platforms,\nC2,Cloud deployment,');
  await framework('D', 'D1,Information technology,\nE1,Serverless,\nP1,Linux basics,');
  // A cycle: A1 = B1 ~ C1 = A1.
  await edge('A1', 'exact', 'B1');
  await edge('B1', 'close', 'C1');
  await edge('C1', 'exact', 'A1');
  await edge('C1', 'narrower', 'C2');
  await edge('A1', 'broader', 'D1');
  await edge('E1', 'broader', 'A1');
  await edge('A1', 'prerequisite', 'P1');
});

describe('equivalent or narrower competencies', () => {
  it('walks exact and close edges both ways, narrower edges, broader edges backwards and the hierarchy', async () => {
    expect(await walk('A1')).toEqual([
      { code: 'A1.1', relation: 'narrower', depth: 1 },
      { code: 'B1', relation: 'exact', depth: 1 },
      { code: 'C1', relation: 'exact', depth: 1 },
      { code: 'E1', relation: 'narrower', depth: 1 },
      { code: 'C2', relation: 'narrower', depth: 2 },
    ]);
  });

  it('never reports what is broader, merely related, or a prerequisite', async () => {
    const codes = (await walk('A1')).map((f) => f.code);
    expect(codes).not.toContain('D1');
    expect(codes).not.toContain('P1');
  });

  it('gives the path of edges, as stored, from the start to each competency', async () => {
    const found = await findEquivalents(db, null, ids.B1 ?? '', LIMITS);
    const c2 = found.find((f) => f.competencyId === ids.C2);

    expect(c2?.relation).toBe('narrower');
    expect(
      c2?.path.map((step) => [code(step.sourceId), step.relation, code(step.targetId), step.via]),
    ).toEqual([
      ['B1', 'close', 'C1', 'edge'],
      ['C1', 'narrower', 'C2', 'edge'],
    ]);
  });

  it('reads a path through a close edge as close, however exact the rest', async () => {
    const found = await walk('B1');
    expect(found.find((f) => f.code === 'A1')).toEqual({ code: 'A1', relation: 'exact', depth: 1 });
    expect(found.find((f) => f.code === 'C1')).toEqual({ code: 'C1', relation: 'close', depth: 1 });
  });

  it('goes round the cycle once: every competency once, the start never', async () => {
    const found = await walk('C1');
    const codes = found.map((f) => f.code);

    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain('C1');
    expect(codes).toEqual(expect.arrayContaining(['A1', 'B1', 'C2']));
  });

  it('stops at the depth and result caps', async () => {
    const shallow = await findEquivalents(db, null, ids.A1 ?? '', { maxDepth: 1, maxResults: 100 });
    const few = await findEquivalents(db, null, ids.A1 ?? '', { maxDepth: 6, maxResults: 2 });

    expect(shallow.every((f) => f.depth === 1)).toBe(true);
    expect(few).toHaveLength(2);
  });

  it("follows an organisation's private edges for that organisation only", async () => {
    await edge('A1.1', 'exact', 'P1', 'org-private');

    expect((await walk('A1', 'org-private')).map((f) => f.code)).toContain('P1');
    expect((await walk('A1', 'org-other')).map((f) => f.code)).not.toContain('P1');
    expect((await walk('A1')).map((f) => f.code)).not.toContain('P1');
  });
});
