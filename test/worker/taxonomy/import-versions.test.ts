import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { searchCompetencies } from '../../../src/search/competency-search';
import { EMPLOYER_CSV, importTexts } from './csv-helpers';
import { countRows, db, ESCO_FILES, importFixtures } from './support';

const file = (text: string) => [{ name: 'skills.csv', text }];

async function snapshot() {
  const rows = await env.DB.prepare(
    'SELECT id, seq, label, alt_labels, parent_id FROM competencies ORDER BY id',
  ).all();
  return rows.results;
}

describe('importing the same version twice', () => {
  it('changes nothing: the job is "unchanged" and every row is as it was', async () => {
    await importFixtures('esco', ESCO_FILES, { frameworkVersion: '1.1' });
    const before = await snapshot();

    const again = await importFixtures('esco', ESCO_FILES, { frameworkVersion: '1.1' });

    expect(again.status).toBe('unchanged');
    expect(await snapshot()).toEqual(before);
    expect(await countRows('frameworks')).toBe(1);
  });
});

describe('importing a new version', () => {
  it('updates in place and reports what was added, removed and changed', async () => {
    const first = await importTexts('csv', file(EMPLOYER_CSV), { title: 'Acme' });
    const next = EMPLOYER_CSV.replace(
      'CLOUD.IAC,Infrastructure as code',
      'CLOUD.IAC,Infrastructure as Code',
    ).replace(/\nDATA,.*$/, '\nSEC,Security,,,');

    const second = await importTexts('csv', file(next), { title: 'Acme' });

    expect(second.frameworkId).toBe(first.frameworkId);
    expect(second.result?.competencies).toEqual({ added: 1, removed: 1, changed: 1, total: 4 });
    expect(
      await countRows('competencies', 'framework_id = ? AND code = ?', first.frameworkId, 'DATA'),
    ).toBe(0);
  });

  it('keeps the ids of competencies that stay, so edges and mappings stay with them', async () => {
    const first = await importTexts('csv', file(EMPLOYER_CSV), { title: 'Stable' });
    const id = async () =>
      (
        await env.DB.prepare('SELECT id FROM competencies WHERE framework_id = ? AND code = ?')
          .bind(first.frameworkId, 'CLOUD')
          .first<{ id: string }>()
      )?.id;
    const before = await id();

    await importTexts('csv', file(EMPLOYER_CSV.replace('Cloud engineering', 'Cloud platforms')), {
      title: 'Stable',
    });

    expect(await id()).toBe(before);
  });

  it('records the new version label even when no row changed', async () => {
    await importTexts('csv', file(EMPLOYER_CSV), { title: 'Versioned', frameworkVersion: '1' });
    const second = await importTexts('csv', file(EMPLOYER_CSV), {
      title: 'Versioned',
      frameworkVersion: '2',
    });
    const framework = await env.DB.prepare('SELECT version FROM frameworks WHERE id = ?')
      .bind(second.frameworkId)
      .first();

    expect(second.status).toBe('committed');
    expect(second.result?.competencies).toEqual({ added: 0, removed: 0, changed: 0, total: 4 });
    expect(framework).toEqual({ version: '2' });
  });

  it('keeps the search index in step: a renamed competency is found by its new label only', async () => {
    const org = 'org-renamed';
    const renamed = EMPLOYER_CSV.replace(
      'Infrastructure as code',
      'Infrastructure as configuration',
    );
    const { frameworkId } = await importTexts('csv', file(EMPLOYER_CSV), { title: 'Renamed' }, org);
    await importTexts('csv', file(renamed), { title: 'Renamed' }, org);
    const labels = async (text: string) =>
      (await searchCompetencies(db, org, { text, limit: 10, frameworkId })).items.map(
        (i) => i.label,
      );

    expect(await labels('configuration')).toEqual(['Infrastructure as configuration']);
    expect(await labels('code')).toEqual([]);
  });
});
