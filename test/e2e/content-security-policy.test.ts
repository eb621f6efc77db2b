// The pages send a strict Content-Security-Policy and work without any script: Chromium reports
// no policy violation and no console error on them, and refuses a script injected into them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ACTION_TIMEOUT_MS, useBrowser } from './support/browser';
import { launchChromium } from './support/chromium';
import { pasteAndVerify, verifyButton } from './support/home-form';
import { inspect, watchForProblems } from './support/page-problems';
import { PROJECT_ROOT } from './support/wrangler-server';

const SIGNED_OB3 = join(
  PROJECT_ROOT,
  'test/fixtures/ob3/dcc-vc-test-fixtures/v2/dataIntegrityProof/didKey',
  'legacyRegistry-noStatus-noExpiry-minimal.json',
);

/** Tries to run an inline script the way an injection would: a new `script` element. */
const INJECT_INLINE_SCRIPT = `
  const script = document.createElement('script');
  script.textContent = 'window.injectedScriptRan = true';
  document.body.append(script);
`;

/** Visits the report, home, refused-form and not-found pages; returns what each one saw. */
async function visitEveryPage(page: Page) {
  await pasteAndVerify(page, await readFile(SIGNED_OB3, 'utf8'));
  const report = await inspect(page);

  await page.goto('/');
  const home = await inspect(page);

  await Promise.all([page.waitForURL(/\/verify$/), verifyButton(page).click()]);
  const refusedForm = await inspect(page);

  await page.goto('/verifications/not-a-report');
  return { report, home, refusedForm, notFound: await inspect(page) };
}

const noneSeen = { violations: [], scripts: 0 };
const openPage = useBrowser();

describe('Content-Security-Policy', () => {
  it('is strict: no script source, no inline code, no framing', async () => {
    const page = await openPage();

    const response = await page.goto('/');
    const policy = response?.headers()['content-security-policy'] ?? '';

    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src|unsafe-inline|unsafe-eval/);
  });

  it('is not violated, and no script runs, on the home, report, error and not-found pages', async () => {
    const page = await openPage();
    const problems = await watchForProblems(page);

    const seen = await visitEveryPage(page);

    expect(seen).toEqual({
      report: noneSeen,
      home: noneSeen,
      refusedForm: noneSeen,
      notFound: noneSeen,
    });
    expect(problems.pageErrors).toEqual([]);
  });

  it('leaves no error in the browser console on those pages', async () => {
    // A browser of its own: Chromium asks for the site's icon once per browser, on its first page.
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ baseURL: inject('baseUrl') });
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      const page = await context.newPage();
      const problems = await watchForProblems(page);

      await visitEveryPage(page);

      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('blocks an inline script injected into a page, and Chromium reports it', async () => {
    const page = await openPage();
    const problems = await watchForProblems(page);
    await page.goto('/');

    await page.evaluate(INJECT_INLINE_SCRIPT);
    await page.waitForFunction('window.cspViolations.length > 0');

    expect(await page.evaluate('window.injectedScriptRan')).toBeUndefined();
    expect(await page.evaluate('window.cspViolations')).toEqual(['script-src-elem blocked inline']);
    expect(problems.consoleErrors.some((e) => e.includes('Content Security Policy'))).toBe(true);
  });
});
