// Submitting the home form with nothing in it: a readable refusal, and nothing stored.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support/browser';
import { verifyButton } from './support/home-form';
import { countStoredVerifications } from './support/stored-verifications';

const openPage = useBrowser();

describe('submitting an empty form', () => {
  it('shows the home page again with an error message and stores no report', async () => {
    const page = await openPage();
    await page.goto('/');
    const storedBefore = await countStoredVerifications();

    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/verify')),
      verifyButton(page).click(),
    ]);
    await page.waitForLoadState();

    expect(response.status()).toBe(400);
    expect(new URL(page.url()).pathname).toBe('/verify');
    const alert = page.getByRole('alert');
    expect(await alert.getByRole('heading').textContent()).toBe(
      'The credential could not be submitted',
    );
    expect(await alert.locator('p').textContent()).toMatch(/^There was nothing to verify/);
    expect(await page.getByLabel('Credential (JSON or JWT)').isVisible()).toBe(true);
    expect(await countStoredVerifications()).toBe(storedBefore);
  });
});
