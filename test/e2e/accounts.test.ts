// The accounts scenario of issue 5 in Chromium: the demo owner signs in, invites a recruiter by
// link, the recruiter joins in a browser of their own and sees only what a recruiter may.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';
import { watchForProblems } from './support/page-problems';

const openPage = useBrowser();

/** The demo account the local sign-in page shows (the first-run seed of `npm start`). */
async function demoAccount(page: Page): Promise<{ email: string; password: string }> {
  await page.goto('/sign-in');
  const notice = page.getByRole('region', { name: 'Local demo' });
  const [email = '', password = ''] = await notice.locator('dd').allTextContents();

  return { email, password };
}

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);

  await Promise.all([
    page.waitForURL(/\/org$/),
    page.getByRole('button', { name: 'Sign in', exact: true }).click(),
  ]);
}

/** The owner invites `email` as a recruiter; returns the link shown once. */
async function inviteRecruiter(page: Page, email: string): Promise<string> {
  await page
    .getByRole('navigation', { name: 'Organisation' })
    .getByRole('link', {
      name: 'Members',
    })
    .click();
  await page.getByLabel('Their email').fill(email);
  await page.getByLabel('Their role').selectOption({ label: 'Recruiter' });
  await page.getByRole('button', { name: 'Create invitation link' }).click();

  return page.locator('#invitation-link').inputValue();
}

async function join(page: Page, link: string, name: string) {
  await page.goto(link);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Choose a password').fill('a long recruiter passphrase');
  await page.getByLabel('The same password again').fill('a long recruiter passphrase');

  await Promise.all([
    page.waitForURL(/\/org$/),
    page.getByRole('button', { name: 'Join' }).click(),
  ]);
}

describe('accounts and roles in the browser', () => {
  it('lets the demo owner invite a recruiter, who sees only what a recruiter may', async () => {
    const owner = await openPage();
    const problems = await watchForProblems(owner);
    await signIn(owner, await demoAccount(owner));
    const email = `recruiter.${Date.now()}@example.test`;
    const link = await inviteRecruiter(owner, email);

    const recruiter = await openPage();
    await join(recruiter, link, 'Robin Recruiter');

    const nav = recruiter.getByRole('navigation', { name: 'Organisation' });
    expect(await recruiter.getByText('Recruiter: Search the talent pool').count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'API keys' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    expect((await recruiter.goto('/org/api-keys'))?.status()).toBe(403);
    await recruiter.goto('/org/members');
    expect(await recruiter.getByRole('cell', { name: email }).count()).toBe(1);
    expect(await recruiter.getByRole('button', { name: 'Create invitation link' }).count()).toBe(0);
    expect(await recruiter.getByRole('button', { name: 'Change role' }).count()).toBe(0);
    expect(problems.pageErrors).toEqual([]);
  });
});
