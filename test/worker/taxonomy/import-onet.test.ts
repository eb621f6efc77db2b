import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { countRows, fixture, importFixtures, ONET_FILES } from './support';
import { distinct, tsvRecords } from './tsv';

const occupations = tsvRecords(fixture('onet/occupation_data.onet30.subset.txt'));
const skills = tsvRecords(fixture('onet/skills.onet29.subset.txt'));
const technology = tsvRecords(fixture('onet/technology_skills.onet30.subset.txt'));
const alternates = tsvRecords(fixture('onet/alternate_titles.onet30.subset.txt'));
const elements = tsvRecords(fixture('onet/content_model_reference.skills.onet24_2.txt'));

async function competency(code: string) {
  return env.DB.prepare(
    `SELECT c.*, p.code AS parent_code FROM competencies c
     LEFT JOIN competencies p ON p.id = c.parent_id WHERE c.code = ?`,
  )
    .bind(code)
    .first<Record<string, string | number | null>>();
}

async function rating(soc: string, element: string) {
  return env.DB.prepare(
    `SELECT s.importance, s.level FROM occupation_skills s
     JOIN competencies o ON o.id = s.occupation_id JOIN competencies e ON e.id = s.competency_id
     WHERE o.code = ? AND e.code = ?`,
  )
    .bind(soc, element)
    .first<{ importance: number; level: number | null }>();
}

let job: Awaited<ReturnType<typeof importFixtures>>;

beforeAll(async () => {
  job = await importFixtures('onet', ONET_FILES, { frameworkVersion: '30.0' });
});

describe('importing the O*NET subset', () => {
  it('commits one framework with the O*NET attribution and licence', async () => {
    expect(job.status).toBe('committed');
    expect(job.target).toMatchObject({ title: 'O*NET', version: '30.0', licence: 'CC BY 4.0' });
    expect(job.target.attribution).toContain('O*NET 30.0 Database');
    expect(job.target.attribution).toContain('USDOL/ETA');
    expect(await countRows('frameworks', 'kind = ?', 'onet')).toBe(1);
  });

  it('keeps every occupation of Occupation Data, the 9 without skill ratings too', async () => {
    const rated = distinct(skills, 'O*NET-SOC Code');
    const unrated = occupations.filter((o) => !rated.has(o['O*NET-SOC Code'] ?? ''));

    expect(unrated).toHaveLength(9);
    expect(await countRows('competencies', "kind = 'occupation'")).toBe(occupations.length);
    const software = await competency('15-1252.00');
    expect(software?.label).toBe('Software Developers');
    expect(
      await countRows(
        'occupation_skills s JOIN competencies e ON e.id = s.competency_id',
        "s.occupation_id = ? AND e.kind = 'skill'",
        software?.id,
      ),
    ).toBe(0);
  });

  it('has one node per content-model element, commodity and technology example', async () => {
    expect(await countRows('competencies', "kind IN ('skill', 'skill-group')")).toBe(
      elements.length,
    );
    expect(await countRows('competencies', "kind = 'technology-class'")).toBe(
      distinct(technology, 'Commodity Code').size,
    );
    expect(await countRows('competencies', "kind = 'technology'")).toBe(
      distinct(technology, 'Example').size,
    );
  });

  it('merges the IM and LV rows of a pair into one relation with both values', async () => {
    const pairs = new Set(skills.map((s) => `${s['O*NET-SOC Code']} ${s['Element ID']}`));
    const technologyPairs = new Set(technology.map((t) => `${t['O*NET-SOC Code']} ${t.Example}`));

    expect(await countRows('occupation_skills')).toBe(pairs.size + technologyPairs.size);
    expect(await rating('11-3021.00', '2.A.1.a')).toEqual({ importance: 4, level: 4 });
  });

  it('drops a level O*NET marks "Not Relevant" but keeps its importance', async () => {
    const row = skills.find((s) => s['Scale ID'] === 'LV' && s['Not Relevant'] === 'Y');
    const found = await rating(row?.['O*NET-SOC Code'] ?? '', row?.['Element ID'] ?? '');

    expect(found?.level).toBeNull();
    expect(found?.importance).toBeGreaterThanOrEqual(1);
  });

  it('builds the hierarchy: elements under their parent element, details under the SOC occupation', async () => {
    expect((await competency('2.A.1.a'))?.parent_code).toBe('2.A.1');
    expect((await competency('2.A'))?.parent_code).toBe('2');
    expect((await competency('15-1299.08'))?.parent_code).toBe('15-1299.00');
    expect((await competency('15-1252.00'))?.parent_code).toBeNull();
  });

  it('puts each technology example under its first commodity and flags hot, in-demand ones', async () => {
    const kubernetes = await env.DB.prepare(
      `SELECT p.code, s.hot_technology AS hot, s.in_demand AS demand FROM competencies c
       JOIN competencies p ON p.id = c.parent_id JOIN occupation_skills s ON s.competency_id = c.id
       JOIN competencies o ON o.id = s.occupation_id
       WHERE c.label = 'Kubernetes' AND o.code = '15-1252.00'`,
    ).first();
    expect(kubernetes).toEqual({ code: '43232701', hot: 1, demand: 1 });
  });

  it('adds the alternate titles to the occupation as alternative labels', async () => {
    const titles = alternates.filter((a) => a['O*NET-SOC Code'] === '15-1243.00');
    const analyst = await competency('15-1243.00');
    const labels = JSON.parse(String(analyst?.alt_labels)) as string[];

    expect(labels).toEqual(expect.arrayContaining(titles.map((t) => t['Alternate Title'])));
    expect(labels).toContain('Data Analyst');
  });

  it('reports task statements and scales as recognised but not imported', () => {
    const ignored = job.files.filter((file) => file.ignored).map((file) => file.fileType);
    expect(ignored).toEqual(['onet:scales-reference', 'onet:task-statements']);
  });
});
