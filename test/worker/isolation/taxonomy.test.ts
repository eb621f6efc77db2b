// Organisations' private frameworks through the Worker's own API: an admin's key imports into
// its organisation, which alone sees the result; lower roles and other organisations cannot.
import { describe, expect, it } from 'vitest';
import { createKeyVia, withKey } from '../auth/support/api-keys';
import { captureConsole } from '../auth/support/logs';
import { createTestOrganisation, signedIn } from '../auth/support/organisations';
import type { Browser } from '../auth/support/browser';

captureConsole();

const CSV = 'code,label,description,parent code,aliases\nPP-1,Secret internal skill,,,\n';

function importForm(): FormData {
  const form = new FormData();
  form.set('kind', 'csv');
  form.set('title', 'Private skills');
  form.append('file', new File([CSV], 'skills.csv', { type: 'text/csv' }));
  return form;
}

async function keyFor(member: { email: string }, scopes: string[]): Promise<[Browser, string]> {
  const browser = await signedIn(member);
  return [browser, await createKeyVia(browser, 'integration', scopes)];
}

async function search(browser: Browser, key: string) {
  const res = await withKey(browser, '/api/v1/competencies?q=secret', key);
  expect(res.status).toBe(200);
  return JSON.stringify(await res.json());
}

describe('private frameworks', () => {
  it('are imported by an admin key into its organisation and seen only there', async () => {
    const a = await createTestOrganisation('tax-a');
    const b = await createTestOrganisation('tax-b');
    const [aBrowser, aKey] = await keyFor(a.admin, ['frameworks:write']);
    const [bBrowser, bKey] = await keyFor(b.owner, ['frameworks:write']);

    const res = await withKey(aBrowser, '/api/v1/imports', aKey, {
      method: 'POST',
      body: importForm(),
    });

    expect(res.status).toBe(201);
    expect(await search(aBrowser, aKey)).toContain('Secret internal skill');
    expect(await search(bBrowser, bKey)).not.toContain('Secret internal skill');
  });

  it('cannot be written with a key that lacks the frameworks:write scope', async () => {
    const org = await createTestOrganisation('tax-c');
    const [browser, key] = await keyFor(org.admin, ['search']);

    const res = await withKey(browser, '/api/v1/imports', key, {
      method: 'POST',
      body: importForm(),
    });

    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'forbidden' });
  });

  it('cannot be written by a signed-in session without a key (the API takes keys only)', async () => {
    const org = await createTestOrganisation('tax-d');
    const browser = await signedIn(org.owner);

    const res = await browser.fetch('/api/v1/imports', { method: 'POST', body: importForm() });

    expect(res.status).toBe(401);
  });
});
