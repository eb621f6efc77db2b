// The passkeys page: a member sees and removes only their own passkeys; the pages that run the
// ceremony script allow this site's scripts, and no other page does.
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SoftwareAuthenticator } from './passkeys-authenticator';
import { registerPasskey, signInWithPasskey } from './passkeys-ceremonies';
import { Browser } from './support/browser';
import {
  countRows,
  createTestOrganisation,
  signedIn,
  type TestOrganisation,
} from './support/organisations';

let org: TestOrganisation;
let other: TestOrganisation;
let owner: Browser;

beforeAll(async () => {
  org = await createTestOrganisation('passkey-account');
  other = await createTestOrganisation('passkey-account-other');
  owner = await signedIn(org.owner);
});

afterEach(async () => {
  await env.DB.prepare('DELETE FROM rate_limit_windows').run();
});

/** Registers a passkey named `name` for the browser's member; returns its row id. */
async function passkeyNamed(browser: Browser, name: string): Promise<string> {
  const authenticator = await SoftwareAuthenticator.create();
  await registerPasskey(browser, authenticator, {}, name);

  const row = await env.DB.prepare('SELECT id FROM passkeys WHERE credential_id = ?')
    .bind(authenticator.id)
    .first<{ id: string }>();
  if (!row) throw new Error('The passkey was not stored.');
  return row.id;
}

describe('the passkeys page', () => {
  it("lists the member's own passkeys and no one else's", async () => {
    const recruiter = await signedIn(org.recruiter);
    await passkeyNamed(owner, 'Owner phone');
    await passkeyNamed(recruiter, 'Recruiter laptop');

    const html = await (await owner.get('/account/passkeys')).text();

    expect(html).toContain('Owner phone');
    expect(html).not.toContain('Recruiter laptop');
  });

  it('is linked from the account page', async () => {
    const html = await (await owner.get('/account')).text();

    expect(html).toContain('href="/account/passkeys"');
  });

  it('removes a passkey, records it, and the passkey no longer signs in', async () => {
    const authenticator = await SoftwareAuthenticator.create();
    await registerPasskey(owner, authenticator, {}, 'To remove');
    const row = await env.DB.prepare('SELECT id FROM passkeys WHERE credential_id = ?')
      .bind(authenticator.id)
      .first<{ id: string }>();

    const res = await owner.submit('/account/passkeys', `/account/passkeys/${row?.id}/remove`);

    expect(res.status).toBe(303);
    expect(await countRows('audit_events', "action = 'passkey_removed'")).toBe(1);
    expect((await signInWithPasskey(authenticator)).res.status).toBe(401);
  });

  it('does not name a passkey that was never added with a name', async () => {
    const authenticator = await SoftwareAuthenticator.create();

    await registerPasskey(owner, authenticator, {}, '   ');

    const row = await env.DB.prepare('SELECT name FROM passkeys WHERE credential_id = ?')
      .bind(authenticator.id)
      .first<{ name: string }>();
    expect(row?.name).toBe('Passkey');
  });
});

describe("attacks on another member's passkeys", () => {
  it("answers 404 to removing a colleague's passkey, and keeps it", async () => {
    const id = await passkeyNamed(await signedIn(org.admin), 'Admin key');

    const res = await owner.submit('/account/passkeys', `/account/passkeys/${id}/remove`);

    expect(res.status).toBe(404);
    expect(await countRows('passkeys', `id = '${id}'`)).toBe(1);
  });

  it("answers 404 to removing another organisation's passkey, and keeps it", async () => {
    const id = await passkeyNamed(await signedIn(other.owner), 'Other key');

    const res = await owner.submit('/account/passkeys', `/account/passkeys/${id}/remove`);

    expect(res.status).toBe(404);
    expect(await countRows('passkeys', `id = '${id}'`)).toBe(1);
  });

  it('refuses a removal without the CSRF token', async () => {
    const id = await passkeyNamed(owner, 'Kept key');

    const res = await owner.post(`/account/passkeys/${id}/remove`, {});

    expect(res.status).toBe(403);
    expect(await countRows('passkeys', `id = '${id}'`)).toBe(1);
  });
});

describe('the ceremony script and its pages', () => {
  it('is served as JavaScript', async () => {
    const res = await new Browser().get('/assets/passkey.js');

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toContain('navigator.credentials.get');
  });

  it.each([
    ['the sign-in page', '/sign-in'],
    ['the passkeys page', '/account/passkeys'],
  ])("lets %s run this site's scripts, and only them", async (_name, path) => {
    const browser = path === '/sign-in' ? new Browser() : owner;

    const res = await browser.get(path);

    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(await res.text()).toContain('<script src="/assets/passkey.js" defer');
  });

  it.each(['/', '/account', '/org'])('allows no script on %s', async (path) => {
    const res = await owner.get(path);

    expect(res.headers.get('content-security-policy')).not.toContain('script-src');
  });
});
