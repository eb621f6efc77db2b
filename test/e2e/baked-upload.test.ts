// Uploading a baked badge image through the home form's file field (`name="file"`).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';
import { checkStatus, fact, verdict, verifyButton } from './support/home-form';
import { PROJECT_ROOT } from './support/wrangler-server';

/** A PNG with the signed did:key credential in an `openbadgecredential` iTXt chunk. */
const BAKED_PNG = join(PROJECT_ROOT, 'test/fixtures/baked/generated/ob3-itxt.png');

const openPage = useBrowser();

describe('uploading a baked image', () => {
  it('verifies the credential baked into a PNG and says it came from a PNG image', async () => {
    const page = await openPage();
    await page.goto('/');

    await page.locator('input[type="file"][name="file"]').setInputFiles(BAKED_PNG);
    await Promise.all([page.waitForURL(/\/verifications\//), verifyButton(page).click()]);

    expect(await verdict(page).textContent()).toBe('Valid');
    expect(await checkStatus(page, 'Proof (signature)').textContent()).toBe('Passed');
    expect(await fact(page, 'How it reached us').textContent()).toBe('Baked into a PNG image');
  });
});
