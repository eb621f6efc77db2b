import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from '../auth/support/browser';
import { captureConsole } from '../auth/support/logs';
import {
  countRows,
  createTestOrganisation,
  signedIn,
  type TestOrganisation,
} from '../auth/support/organisations';

captureConsole();
let org: TestOrganisation;

beforeEach(async () => {
  org = await createTestOrganisation('members');
});

function setRole(browser: Browser, memberId: string, role: string) {
  return browser.submit('/org/members', `/org/members/${memberId}/role`, { role });
}

function remove(browser: Browser, memberId: string) {
  return browser.submit('/org/members', `/org/members/${memberId}/remove`);
}

async function roleOf(memberId: string): Promise<string | undefined> {
  const { env } = await import('cloudflare:workers');
  const row = await env.DB.prepare('SELECT role FROM members WHERE id = ?')
    .bind(memberId)
    .first<{ role: string }>();
  return row?.role;
}

describe('the members page', () => {
  it('lists every member with name, email and role for any role', async () => {
    const browser = await signedIn(org.hiringManager);

    const res = await browser.get('/org/members');

    const html = await res.text();
    expect(res.status).toBe(200);
    for (const member of [org.owner, org.admin, org.recruiter, org.hiringManager]) {
      expect(html).toContain(member.email);
    }
  });

  it('shows no change forms to members who cannot change anyone', async () => {
    const html = await (await (await signedIn(org.recruiter)).get('/org/members')).text();

    expect(html).not.toContain('/role"');
    expect(html).not.toContain('Create invitation link');
  });

  it('gives an owner a labelled role select for each member', async () => {
    const html = await (await (await signedIn(org.owner)).get('/org/members')).text();

    expect(html).toContain(
      `<label class="visually-hidden" for="role-${org.recruiter.id}">Role of ${org.recruiter.name}</label>`,
    );
    expect(html).toContain(`<select id="role-${org.recruiter.id}" name="role">`);
  });
});

describe('changing a role', () => {
  it('is done by an owner, audited with the old and new role, and applies at once', async () => {
    const recruiter = await signedIn(org.recruiter);
    expect((await recruiter.get('/org/api-keys')).status).toBe(403);

    const res = await setRole(await signedIn(org.owner), org.recruiter.id, 'admin');

    expect(res.status).toBe(303);
    expect(await roleOf(org.recruiter.id)).toBe('admin');
    expect((await recruiter.get('/org/api-keys')).status).toBe(200);
    const detail = JSON.stringify({ from: 'recruiter', to: 'admin' });
    const where = `action = 'role_changed' AND target_id = '${org.recruiter.id}'`;
    expect(await countRows('audit_events', `${where} AND detail = '${detail}'`)).toBe(1);
  });

  it('takes access away at once when a role is lowered', async () => {
    const admin = await signedIn(org.admin);

    await setRole(await signedIn(org.owner), org.admin.id, 'hiring_manager');

    expect((await admin.get('/org/api-keys')).status).toBe(403);
  });

  it('lets an admin change recruiters and hiring managers', async () => {
    const res = await setRole(await signedIn(org.admin), org.hiringManager.id, 'recruiter');

    expect(res.status).toBe(303);
    expect(await roleOf(org.hiringManager.id)).toBe('recruiter');
  });

  it('refuses an admin who changes an owner, with 403', async () => {
    const res = await setRole(await signedIn(org.admin), org.owner.id, 'recruiter');

    expect(res.status).toBe(403);
    expect(await roleOf(org.owner.id)).toBe('owner');
  });

  it('refuses an admin who makes someone an owner, with 403', async () => {
    const res = await setRole(await signedIn(org.admin), org.recruiter.id, 'owner');

    expect(res.status).toBe(403);
    expect(await roleOf(org.recruiter.id)).toBe('recruiter');
  });

  it('refuses to demote the last owner, with 409', async () => {
    const res = await setRole(await signedIn(org.owner), org.owner.id, 'admin');

    expect(res.status).toBe(409);
    expect(await res.text()).toContain('An organisation needs an owner');
    expect(await roleOf(org.owner.id)).toBe('owner');
  });

  it('lets an owner step down once there is another owner', async () => {
    const owner = await signedIn(org.owner);
    await setRole(owner, org.admin.id, 'owner');

    const res = await setRole(owner, org.owner.id, 'admin');

    expect(res.status).toBe(303);
    expect(await roleOf(org.owner.id)).toBe('admin');
  });

  it('refuses a role that does not exist, with 400', async () => {
    const res = await setRole(await signedIn(org.owner), org.recruiter.id, 'root');

    expect(res.status).toBe(400);
  });
});

describe('removing a member', () => {
  it('deletes the member and audits it', async () => {
    const res = await remove(await signedIn(org.owner), org.hiringManager.id);

    expect(res.status).toBe(303);
    expect(await countRows('members', `id = '${org.hiringManager.id}'`)).toBe(0);
    expect(
      await countRows(
        'audit_events',
        `action = 'member_removed' AND target_id = '${org.hiringManager.id}'`,
      ),
    ).toBe(1);
  });

  it('refuses to remove the last owner, with 409', async () => {
    const res = await remove(await signedIn(org.owner), org.owner.id);

    expect(res.status).toBe(409);
    expect(await countRows('members', `id = '${org.owner.id}'`)).toBe(1);
  });

  it('refuses an admin who removes an owner, with 403', async () => {
    const res = await remove(await signedIn(org.admin), org.owner.id);

    expect(res.status).toBe(403);
  });

  it('signs out a member who removes themself', async () => {
    const admin = await signedIn(org.admin);

    const res = await remove(admin, org.admin.id);

    expect(res.headers.get('location')).toBe('/');
    expect((await admin.get('/org')).status).toBe(303);
  });
});
