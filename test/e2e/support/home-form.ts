// What a person does on the home page and reads on the report page, in the words on screen.
import type { Locator, Page } from 'playwright-core';

/** Opens the home page, pastes `text` into the credential box and presses Verify. */
export async function pasteAndVerify(page: Page, text: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Credential (JSON or JWT)').fill(text);

  await Promise.all([page.waitForURL(/\/verifications\//), verifyButton(page).click()]);
}

/** The form's submit button. */
export function verifyButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Verify' });
}

/** The verdict in words on the report page ("Valid", "Not valid", ...). */
export function verdict(page: Page): Locator {
  return page.getByRole('region', { name: 'Verdict' }).locator('strong');
}

/** The rows of the report's own check list (not those of nested reports), in order. */
export function checkRows(page: Page): Locator {
  return page.locator('main > ol.checks > li');
}

/** The status label ("Passed", "Failed", ...) of the check row with this name. */
export function checkStatus(page: Page, name: string): Locator {
  const row = checkRows(page).filter({ has: page.locator('.check-name', { hasText: name }) });
  return row.locator('.status');
}

/** The value the report gives for a fact, by its label (such as "How it reached us"). */
export function fact(page: Page, label: string): Locator {
  return page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
}
