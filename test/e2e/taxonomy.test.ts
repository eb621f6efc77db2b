// The framework admin pages in Chromium, as the demo owner: import a CASE package through the
// import form, find a competency by typing in the type-ahead, open it, map a badge to it, and
// add a crosswalk edge to a target picked while typing.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';
import { inspect, watchForProblems } from './support/page-problems';
import { PROJECT_ROOT } from './support/wrangler-server';

const CASE_PACKAGE = join(
  PROJECT_ROOT,
  'test/fixtures/taxonomy/case/opensalt/what-standards-could-be.20c5134f.cfpackage.json',
);

/** The demo organisation's owner (src/auth/first-run.ts) and the demo password. */
const DEMO_OWNER = { email: 'owner@demo.proofpath.test', password: 'proofpath-demo' };

/** The package's first CFItem, and one further down that the edge test picks. */
const RATIO = {
  label: 'Understand ratio concepts and use ratio reasoning to solve problems.',
  code: 'CCSS.Math.Content.6.RP.A',
};
const UNIT_PRICING =
  'Solve unit rate problems including those involving unit pricing and constant speed.';

const BADGE = 'https://badges.example.org/achievements/ratio-reasoning';

const openPage = useBrowser();

async function signIn(page: Page): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(DEMO_OWNER.email);
  await page.getByLabel('Password').fill(DEMO_OWNER.password);

  await Promise.all([
    page.waitForURL(/\/org$/),
    page.getByRole('button', { name: 'Sign in', exact: true }).click(),
  ]);
}

/** Uploads the CASE package on the frameworks page; resolves on the import's own page. */
async function importCasePackage(page: Page): Promise<void> {
  await page.goto('/admin/frameworks');
  await page.getByLabel('What you are importing').selectOption('case');
  await page.getByLabel('Files').setInputFiles(CASE_PACKAGE);

  await Promise.all([
    page.waitForURL(/\/admin\/imports\/im_/),
    page.getByRole('button', { name: 'Import', exact: true }).click(),
  ]);
}

/** The text of the `dd` that follows a `dt` with this label. */
function fact(page: Page, label: string) {
  return page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
}

/** A string matched literally at the start of a regular expression. */
function startsWith(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}`);
}

/** Types into the search page's field, waits for the suggestions, and opens one. */
async function openBySuggestion(page: Page, typed: string, label: string) {
  await page.goto('/admin/competencies');
  await page.getByLabel('Competency', { exact: true }).pressSequentially(typed, { delay: 40 });

  const suggestions = page.getByRole('list', { name: 'Suggestions' });
  await suggestions.getByRole('link').first().waitFor();
  const shown = await suggestions.getByRole('link').allTextContents();
  const status = await page.getByRole('status').textContent();

  await Promise.all([
    page.waitForURL(/\/admin\/competencies\/cp_/),
    suggestions.getByRole('link', { name: label, exact: true }).click(),
  ]);
  return { shown, status };
}

describe('the framework admin pages', () => {
  it('import a CASE file, find a competency by typing, and map a badge to it', async () => {
    const page = await openPage();
    const problems = await watchForProblems(page);
    await signIn(page);

    await importCasePackage(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Import: What Standards Could Be',
    );
    expect(await fact(page, 'Outcome').textContent()).toBe('Imported: the changes below are live.');
    const competencies = page.getByRole('row', { name: /^Competencies/ });
    expect(await competencies.getByRole('cell').allTextContents()).toEqual(['16', '0', '0', '16']);

    const { shown, status } = await openBySuggestion(page, 'ratio conc', RATIO.label);
    expect(shown).toContain(RATIO.label);
    expect(status).toBe(`${shown.length} suggestions`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(RATIO.label);
    expect(await fact(page, 'Code').textContent()).toBe(RATIO.code);
    expect(await page.getByText('What Standards Could Be, by Brandon Dorman').count()).toBe(1);

    await page.getByLabel('Badge class (achievement id or URL)').fill(BADGE);
    await page.getByLabel('Band').selectOption('advanced');
    await page.getByRole('button', { name: 'Map badge' }).click();
    const mapping = page.getByRole('row', { name: startsWith(BADGE) });
    await mapping.waitFor();

    expect(await mapping.getByRole('cell').allTextContents()).toEqual([
      BADGE,
      'Advanced',
      `An admin (${DEMO_OWNER.email})`,
      expect.stringMatching(/ UTC$/),
      'Remove',
    ]);
    expect((await inspect(page)).violations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('add a crosswalk edge to a target picked from the suggestions', async () => {
    const page = await openPage();
    const problems = await watchForProblems(page);
    await signIn(page);
    await importCasePackage(page);
    await openBySuggestion(page, 'ratio conc', RATIO.label);

    await page.getByLabel('Find the competency').pressSequentially('unit pricing', { delay: 40 });
    const suggestions = page.getByRole('list', { name: 'Suggestions' });
    await suggestions.getByRole('button', { name: UNIT_PRICING }).click();
    expect(await page.getByRole('radio', { name: startsWith(UNIT_PRICING) }).isChecked()).toBe(
      true,
    );
    await page.getByLabel('Relation').selectOption('related');
    await page.getByLabel('Why (a note kept with the edge)').fill('Taught in the same unit');
    await page.getByRole('button', { name: 'Add edge' }).click();

    const edges = page.getByRole('region', { name: 'Crosswalk edges' });
    const edge = edges.getByRole('row', { name: /related/ });
    await edge.waitFor();
    expect(await edge.getByRole('cell').nth(2).textContent()).toBe(UNIT_PRICING);
    expect(await edge.getByRole('cell').nth(4).textContent()).toContain(
      `${DEMO_OWNER.email}: Taught in the same unit`,
    );
    expect((await inspect(page)).violations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
});
