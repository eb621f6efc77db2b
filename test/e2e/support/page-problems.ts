// Watches a page for what a strict Content-Security-Policy and a clean page must not produce:
// policy violations, console errors and uncaught script errors.
import type { Page } from 'playwright-core';

/**
 * Runs in the page before its own content, from DevTools (so the policy does not apply to it).
 * Kept as text: the tests are type-checked without the DOM library.
 */
const RECORD_VIOLATIONS = `
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.cspViolations.push(event.effectiveDirective + ' blocked ' + event.blockedURI);
  });
`;

/** What went wrong in a page while it was watched. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
}

/**
 * Records console errors and uncaught page errors, and CSP violations in the page. Chromium logs
 * a console error for every answer of 400 or more, so the refusals a test asks for itself (a page
 * answered 400 or 404) are left out; a failing stylesheet or icon still counts.
 */
export async function watchForProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [] };
  const refusedPages = new Set<string>();
  page.on('response', (response) => {
    const navigation = response.request().isNavigationRequest();
    if (navigation && response.status() >= 400) refusedPages.add(response.url());
  });
  page.on('console', (message) => {
    const { url } = message.location();
    const refused = message.text().startsWith('Failed to load resource') && refusedPages.has(url);
    if (message.type() === 'error' && !refused)
      problems.consoleErrors.push(`${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));

  await page.addInitScript(RECORD_VIOLATIONS);
  return problems;
}

/** What the current page saw: its CSP violations and how many `script` elements it has. */
export async function inspect(page: Page): Promise<{ violations: string[]; scripts: number }> {
  const violations = await page.evaluate<string[]>('window.cspViolations');
  return { violations, scripts: await page.locator('script').count() };
}
