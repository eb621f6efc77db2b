import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { EMPLOYER_CSV, importTexts } from './csv-helpers';
import { countRows } from './support';

const file = (text: string) => [{ name: 'skills.csv', text }];

describe('an employer framework as a plain CSV', () => {
  it('imports code, label, description, parent and aliases', async () => {
    const job = await importTexts('csv', file(EMPLOYER_CSV), { title: 'Acme skills' }, 'org-acme');
    const row = await env.DB.prepare(
      `SELECT c.label, c.description, c.alt_labels AS aliases, p.code AS parent FROM competencies c
       JOIN competencies p ON p.id = c.parent_id WHERE c.code = 'CLOUD.K8S'`,
    ).first();

    expect(job.target).toMatchObject({
      title: 'Acme skills',
      uri: 'urn:proofpath:framework:acme-skills',
    });
    expect(await countRows('competencies', 'framework_id = ?', job.frameworkId)).toBe(4);
    expect(row).toEqual({
      label: 'Kubernetes operations',
      description: 'Deploying, scaling and upgrading clusters',
      aliases: '["k8s"]',
      parent: 'CLOUD',
    });
  });

  it('names the framework after the file when no title is given', async () => {
    const job = await importTexts('csv', file(EMPLOYER_CSV), {}, 'org-untitled');
    expect(job.target.title).toBe('skills');
  });
});

describe('bad employer CSV files', () => {
  it.each([
    ['a missing column', 'code,description\nA,x', 1, 'label'],
    ['a duplicate code', 'code,label\nA,One\nA,Two', 3, 'code'],
    ['an empty label', 'code,label\nA,One\nB,', 3, 'label'],
    ['a parent no row has', 'code,label,parent code\nA,One,\nB,Two,Z', 3, 'parent code'],
    ['a cycle of parents', 'code,label,parent code\nA,One,B\nB,Two,A', 2, 'parent code'],
    ['a row with too many fields', 'code,label\nA,One\nB,Two,extra', 3, 'field 3'],
    ['a quote never closed', 'code,label\nA,"One\nB,Two', 2, null],
    [
      'a description too long to store',
      `code,label,description\nA,One,${'x'.repeat(70_000)}`,
      2,
      'description',
    ],
  ])('refuses %s, naming the row and the column', async (_case, text, row, column) => {
    const before = await countRows('competencies');
    const jobs = await countRows('import_jobs');

    await expect(importTexts('csv', file(text), {}, 'org-bad')).rejects.toMatchObject({
      location: { file: 'skills.csv', row, column },
    });
    expect(await countRows('competencies')).toBe(before);
    expect(await countRows('import_jobs')).toBe(jobs);
  });
});
