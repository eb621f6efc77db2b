// Passkeys in Chromium with its virtual authenticator (DevTools' WebAuthn domain): a member adds
// a passkey on the account's passkeys page, signs out, and signs back in with it alone.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ACTION_TIMEOUT_MS } from './support/browser';
import { launchChromium } from './support/chromium';
import { inspect, watchForProblems } from './support/page-problems';
import { PROJECT_ROOT } from './support/wrangler-server';

const ARTIFACTS = join(PROJECT_ROOT, 'test/e2e/artifacts');

type Browser = Awaited<ReturnType<typeof launchChromium>>;

/** WebAuthn needs a domain as RP ID, not an IP address: the test server, as localhost. */
function localhostUrl(): string {
  const url = new URL(inject('baseUrl'));
  url.hostname = 'localhost';
  return url.origin;
}

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ baseURL: localhostUrl() });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
});

afterAll(async () => {
  await browser?.close();
});

/** A platform authenticator that holds discoverable credentials and verifies its user. */
async function addVirtualAuthenticator(page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });

  /** The passkeys the authenticator holds. */
  const credentials = async () =>
    (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
  return { credentials };
}

/** Signs in with the demo admin's password, read from the local sign-in page. */
async function signInWithPassword(page: Page) {
  await page.goto('/sign-in');
  const password = await page
    .getByRole('region', { name: 'Local demo' })
    .locator('dd')
    .nth(1)
    .textContent();
  await page.getByLabel('Email').fill('admin@demo.proofpath.test');
  await page.getByLabel('Password').fill(password ?? '');

  await Promise.all([
    page.waitForURL(/\/org$/),
    page.getByRole('button', { name: 'Sign in', exact: true }).click(),
  ]);
}

describe('passkeys in Chromium', () => {
  it('adds a passkey, signs out, and signs in with the passkey', async () => {
    const page = await context.newPage();
    const problems = await watchForProblems(page);
    const authenticator = await addVirtualAuthenticator(page);
    await signInWithPassword(page);

    await page.goto('/account');
    await page.getByRole('link', { name: 'Manage your passkeys' }).click();
    await page.getByLabel('Name').fill('Virtual key');
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/account/passkeys') && r.status() === 303),
      page.getByRole('button', { name: 'Add a passkey' }).click(),
    ]);
    await page.getByRole('cell', { name: 'Virtual key', exact: true }).waitFor();
    const passkeysPage = await inspect(page);
    await page.screenshot({ path: join(ARTIFACTS, 'passkeys-page.png'), fullPage: true });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto('/sign-in');
    await page.screenshot({ path: join(ARTIFACTS, 'sign-in-page.png'), fullPage: true });
    await Promise.all([
      page.waitForURL(/\/org$/),
      page.getByRole('button', { name: 'Sign in with a passkey' }).click(),
    ]);

    const signedInAs = page.getByRole('navigation', { name: 'Account' });
    expect(await signedInAs.getByRole('link', { name: 'Adam Admin' }).count()).toBe(1);
    expect(await authenticator.credentials()).toHaveLength(1);
    expect(passkeysPage.violations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  it('explains, at an IP address, that passkeys need a domain name', async () => {
    const atAddress = await browser.newContext({ baseURL: inject('baseUrl') });
    const page = await atAddress.newPage();

    await page.goto('/sign-in');

    const button = page.getByRole('button', { name: 'Sign in with a passkey' });
    expect(await button.isDisabled()).toBe(true);
    expect(await page.getByRole('status').textContent()).toContain('open this page at localhost');
    await atAddress.close();
  });
});
