// One headless Chromium per test file, and a fresh browser context (cookies, storage) per test.
// Registers its own hooks, so contexts and the browser close even when a test fails.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium';

/** A missing element fails its test with Playwright's own message, well before the test timeout. */
export const ACTION_TIMEOUT_MS = 10_000;

/** Call at the top of a test file; the returned function opens a page on the test server. */
export function useBrowser(): () => Promise<Page> {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  return async () => {
    if (!browser) throw new Error('Chromium did not start: see the error of the first hook.');

    const context = await browser.newContext({ baseURL: inject('baseUrl') });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    contexts.push(context);
    return context.newPage();
  };
}
