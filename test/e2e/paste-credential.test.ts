// Pasting into the home page's credential box, through to the report page and its permalink.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';
import { checkRows, checkStatus, pasteAndVerify, verdict } from './support/home-form';
import { PROJECT_ROOT } from './support/wrangler-server';

const SIGNED_OB3 = join(
  PROJECT_ROOT,
  'test/fixtures/ob3/dcc-vc-test-fixtures/v2/dataIntegrityProof/didKey',
  'legacyRegistry-noStatus-noExpiry-minimal.json',
);
const SCREENSHOT = join(PROJECT_ROOT, 'test/e2e/artifacts/report-valid.png');

/** A well-formed JSON object that is no credential at all. */
const RANDOM_JSON = JSON.stringify({ colour: 'teal', count: 7, tags: ['a', 'b'], ok: true });

const openPage = useBrowser();

describe('pasting a credential', () => {
  it('shows a signed did:key credential as Valid with every check listed', async () => {
    const page = await openPage();

    await pasteAndVerify(page, await readFile(SIGNED_OB3, 'utf8'));

    expect(new URL(page.url()).pathname).toMatch(/^\/verifications\/[^/]+$/);
    expect(await verdict(page).textContent()).toBe('Valid');
    const rows = await checkRows(page).all();
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(await row.isVisible()).toBe(true);
    expect(await checkStatus(page, 'Proof (signature)').textContent()).toBe('Passed');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('serves the same report again when the permalink is reloaded', async () => {
    const page = await openPage();
    await pasteAndVerify(page, await readFile(SIGNED_OB3, 'utf8'));
    const permalink = await page.getByRole('link', { name: page.url() }).getAttribute('href');

    const reloaded = await page.reload();

    expect(permalink).toBe(page.url());
    expect(reloaded?.status()).toBe(200);
    expect(await verdict(page).textContent()).toBe('Valid');
    expect(await checkStatus(page, 'Proof (signature)').textContent()).toBe('Passed');
  });

  it('shows JSON that is not a credential as Not valid', async () => {
    const page = await openPage();

    await pasteAndVerify(page, RANDOM_JSON);

    expect(await verdict(page).textContent()).toBe('Not valid');
  });
});
