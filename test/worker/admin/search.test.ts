import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from '../auth/support/browser';
import { captureConsole } from '../auth/support/logs';
import {
  createTestOrganisation,
  signedIn,
  type TestOrganisation,
} from '../auth/support/organisations';
import { competencyId, frameworkId, importCase, importPublicCsv, RATIO } from './support';

captureConsole();

let org: TestOrganisation;
let owner: Browser;

beforeAll(async () => {
  org = await createTestOrganisation('search');
  owner = await signedIn(org.owner);
  await importCase(owner);
  await importPublicCsv('Search reference', 'code,label\nSR-1,Ratio analysis for finance\n');
});

interface Suggestions {
  terms: string[];
  items: Array<{ id: string; label: string; code: string | null; frameworkId: string }>;
  attribution: Array<{ frameworkId: string; title: string; attribution: string | null }>;
}

async function suggestions(text: string): Promise<Suggestions> {
  const res = await owner.get(`/admin/competency-suggestions?q=${encodeURIComponent(text)}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Suggestions;
}

describe('the competency search page', () => {
  it('lists what matches with its code and framework, each linking to its page', async () => {
    const id = await competencyId(org.id, RATIO.key);

    const html = await (await owner.get('/admin/competencies?q=ratio+concepts')).text();

    const row = html.split('<tr>').find((part) => part.includes(RATIO.label)) ?? '';
    expect(row).toContain(`<a href="/admin/competencies/${id}">${RATIO.label}</a>`);
    expect(row).toContain(`<td>${RATIO.code}</td>`);
    expect(row).toContain(
      `href="/admin/frameworks/${await frameworkId(org.id)}">What Standards Could Be</a>`,
    );
  });

  it('finds the public frameworks too, with their attribution', async () => {
    const html = await (await owner.get('/admin/competencies?q=finance')).text();

    expect(html).toContain('Ratio analysis for finance');
    expect(html).toContain('Search reference by the Example Skills Council, used under CC BY 4.0.');
  });

  it('keeps what was typed in the field, which the type-ahead script enhances', async () => {
    const html = await (await owner.get('/admin/competencies?q=ratio')).text();

    expect(html).toContain('name="q" type="text" value="ratio"');
    expect(html).toContain('data-typeahead="links" data-source="/admin/competency-suggestions"');
  });

  it('says so when nothing matches', async () => {
    const html = await (await owner.get('/admin/competencies?q=kubernetes')).text();

    expect(html).toContain('No competency matches these words.');
  });

  it('shows no results section before anything is searched', async () => {
    const html = await (await owner.get('/admin/competencies')).text();

    expect(html).not.toContain('id="results-heading"');
  });
});

describe('suggestions while typing', () => {
  it("answer JSON in the API's shape, for the member's organisation", async () => {
    const found = await suggestions('rat');

    expect(found.terms).toEqual(['rat']);
    expect(found.items.map((item) => item.label)).toContain(RATIO.label);
    expect(found.items.map((item) => item.label)).toContain('Ratio analysis for finance');
    expect(found.attribution.map((a) => a.title).sort()).toEqual([
      'Search reference',
      'What Standards Could Be',
    ]);
  });

  it('give at most eight suggestions', async () => {
    expect((await suggestions('r')).items.length).toBeLessThanOrEqual(8);
  });
});

describe('hostile search text', () => {
  it.each([
    'ratio" OR "*',
    'NEAR(ratio concepts)',
    'ratio AND NOT label:x',
    '"',
    '*',
    "'; DROP TABLE competencies; --",
  ])('is searched as words, never as query syntax: %s', async (text) => {
    const res = await owner.get(`/admin/competencies?q=${encodeURIComponent(text)}`);

    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<h2 id="results-heading">Results</h2>');
    expect((await suggestions(text)).terms).not.toContain('OR');
  });

  it('is refused when longer than 200 characters (400)', async () => {
    const res = await owner.get(`/admin/competency-suggestions?q=${'a'.repeat(201)}`);

    expect(res.status).toBe(400);
  });
});
