import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { audit } from '../../../src/auth/audit-log';
import { grantOrgScope } from '../../../src/db/org-scope';
import { createKeyVia } from '../auth/support/api-keys';
import type { Browser } from '../auth/support/browser';
import { captureConsole } from '../auth/support/logs';
import {
  createTestOrganisation,
  db,
  signedIn,
  type TestOrganisation,
} from '../auth/support/organisations';

captureConsole();
let org: TestOrganisation;
let owner: Browser;

beforeAll(async () => {
  org = await createTestOrganisation('audit');
  owner = await signedIn(org.owner);
});
afterEach(() => vi.useRealTimers());

/** Moves the clock a minute on, so events written next sort after those before. */
function aMinuteLater() {
  const next = Date.now() + 60_000;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(next);
}

async function auditPage(browser: Browser, query = '') {
  const res = await browser.get(`/org/audit${query}`);
  return { res, html: await res.text() };
}

describe('the audit log', () => {
  it('shows an owner sign-ins, role changes and keys, newest first', async () => {
    aMinuteLater();
    await owner.submit('/org/members', `/org/members/${org.recruiter.id}/role`, { role: 'admin' });
    aMinuteLater();
    await createKeyVia(owner, 'Audited key', ['verify']);

    const { res, html } = await auditPage(owner);

    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const keyRow = html.indexOf('<td>Created an API key</td>');
    const roleRow = html.indexOf('<td>Changed a role</td>');
    const signInRow = html.indexOf('<td>Signed in</td>');
    expect(keyRow).toBeGreaterThan(0);
    expect(keyRow).toBeLessThan(roleRow);
    expect(roleRow).toBeLessThan(signInRow);
    expect(html).toContain('from: recruiter; to: admin');
  });

  it('never shows a key, only its name and scopes', async () => {
    const key = await createKeyVia(owner, 'Secret key', ['verify']);

    const { html } = await auditPage(owner);

    expect(html).toContain('Secret key');
    expect(html).toContain('scopes: verify');
    expect(html).not.toContain(key);
  });

  it('is for owners only: every other role gets 403', async () => {
    for (const member of [org.admin, org.recruiter, org.hiringManager]) {
      const { res } = await auditPage(await signedIn(member));

      expect(res.status).toBe(403);
    }
  });

  it('pages back with the cursor of the last event shown', async () => {
    const scope = grantOrgScope(db, org.id);
    const actor = { label: 'someone@audit.test' };
    for (let i = 0; i < 120; i++) {
      await audit(scope, new Date(Date.UTC(2026, 0, 1, 0, i)), { action: 'data_exported', actor });
    }
    const first = await auditPage(owner);
    const older = /href="(\/org\/audit\?after=\d+\.[A-Za-z0-9_-]{22})"/.exec(first.html)?.[1];

    const second = await auditPage(owner, older?.replace('/org/audit', '') ?? '');

    expect(older).toBeDefined();
    expect(second.res.status).toBe(200);
    expect(second.html).toContain('<td>Exported data</td>');
    expect(second.html).toContain('2026-01-01 00:00 UTC');
    expect(first.html).not.toContain('2026-01-01 00:00 UTC');
  });

  it('answers 400 to a cursor it did not write', async () => {
    for (const after of ['abc', '1.2', '12.../', '99999999999999999999.AAAAAAAAAAAAAAAAAAAAAA']) {
      expect((await auditPage(owner, `?after=${encodeURIComponent(after)}`)).res.status).toBe(400);
    }
  });
});
