import { beforeAll, describe, expect, it } from 'vitest';
import { searchCompetencies } from '../../../src/search/competency-search';
import { EMPLOYER_CSV, importTexts } from '../taxonomy/csv-helpers';
import { db, ESCO_FILES, importFixtures, ONET_FILES } from '../taxonomy/support';

const search = (text: string, organisationId: string | null = null, limit = 10) =>
  searchCompetencies(db, organisationId, { text, limit });

const labels = async (text: string, organisationId: string | null = null) =>
  (await search(text, organisationId)).items.map((item) => item.label);

let onetId: string | null;

beforeAll(async () => {
  onetId = (await importFixtures('onet', ONET_FILES, { frameworkVersion: '30.0' })).frameworkId;
  await importFixtures('esco', ESCO_FILES, { frameworkVersion: '1.1' });
  await importTexts(
    'csv',
    [{ name: 'acme.csv', text: EMPLOYER_CSV }],
    { title: 'Acme' },
    'org-acme',
  );
});

describe('searching the O*NET and ESCO subsets', () => {
  it('finds the Kubernetes technology first for "kubernetes", with the O*NET attribution', async () => {
    const result = await search('kubernetes');

    expect(result.items[0]).toMatchObject({
      label: 'Kubernetes',
      kind: 'technology',
      allTerms: true,
    });
    expect(result.attribution).toEqual([
      expect.objectContaining({ frameworkId: onetId, licence: 'CC BY 4.0' }),
    ]);
    expect(result.attribution[0]?.attribution).toContain('USDOL/ETA');
  });

  it('matches prefixes as someone types', async () => {
    expect(await labels('kube')).toEqual(expect.arrayContaining(['Kubernetes', 'Kubeflow']));
  });

  it('ranks competencies with both words of "data analysis" first, label matches on top', async () => {
    const result = await search('data analysis');
    const both = result.items.filter((item) => item.allTerms);

    expect(result.items[0]?.label).toBe('Data analysis software');
    expect(both.length).toBeGreaterThan(3);
    expect(result.items.slice(0, both.length)).toEqual(both);
  });

  it('fills "cloud deploy" with competencies having either word when none has both', async () => {
    const result = await search('cloud deploy');

    expect(result.items.every((item) => !item.allTerms)).toBe(true);
    expect(result.items.map((item) => item.label)).toEqual(
      expect.arrayContaining(['Deployment software', 'Google Cloud software']),
    );
    for (const item of result.items) {
      expect(`${item.label} ${item.description ?? ''}`).toMatch(/cloud|deploy/i);
    }
  });

  it('shows ESCO data with the ESCO attribution', async () => {
    const result = await search('ICT security administrator');
    expect(result.items[0]?.label).toBe('ICT security administrator');
    expect(result.attribution.map((a) => a.title)).toContain('ESCO');
  });

  it('narrows to one kind or one framework when asked', async () => {
    const kind = await searchCompetencies(db, null, {
      text: 'data',
      limit: 20,
      kind: 'occupation',
    });
    expect(kind.items.every((item) => item.kind === 'occupation')).toBe(true);

    const framework = await searchCompetencies(db, null, {
      text: 'data',
      limit: 20,
      frameworkId: onetId,
    });
    expect(framework.items.every((item) => item.frameworkId === onetId)).toBe(true);
  });
});

describe("an organisation's private framework", () => {
  it('is searched for that organisation, next to the public frameworks', async () => {
    expect(await labels('kubernetes', 'org-acme')).toEqual(
      expect.arrayContaining(['Kubernetes', 'Kubernetes operations']),
    );
  });

  it('is invisible to other organisations and to public searches', async () => {
    expect(await labels('kubernetes', 'org-other')).not.toContain('Kubernetes operations');
    expect(await labels('kubernetes')).not.toContain('Kubernetes operations');
  });
});

describe('hostile search text', () => {
  it.each([
    '"',
    '""kubernetes',
    'kubernetes" OR "*',
    'NEAR(kubernetes, 0)',
    'kubernetes NOT',
    '-kubernetes',
    ')(',
    '*',
    'label:kubernetes',
    "kubernetes'; DROP TABLE competencies; --",
    '\u0000kubernetes\u202e',
  ])('reads %j as plain words and never fails', async (text) => {
    await expect(search(text)).resolves.toBeDefined();
  });

  it('cannot widen a search with quotes, OR or a star: the plain words give the same answer', async () => {
    const plain = await labels('kubernetes');
    expect(await labels('kubernetes" OR "*')).toEqual(plain);
    expect(await labels('"kubernetes" OR *')).toEqual(plain);
  });

  it('finds nothing for text without a word', async () => {
    expect(await search('"*() -: OR NEAR')).toEqual({ terms: [], items: [], attribution: [] });
  });
});
