import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { INVITATION_LIFETIME_MS } from '../../../src/auth/invitations';
import { Browser, csrfTokenIn } from '../auth/support/browser';
import { captureConsole } from '../auth/support/logs';
import {
  countRows,
  createTestOrganisation,
  signedIn,
  type TestOrganisation,
} from '../auth/support/organisations';

captureConsole();
const NEW_PASSWORD = 'a brand new passphrase';
let org: TestOrganisation;
let owner: Browser;

beforeAll(async () => {
  org = await createTestOrganisation('invite');
  owner = await signedIn(org.owner);
});
afterEach(() => vi.useRealTimers());

/** Creates an invitation as `by` and returns the link's path and query. */
async function invitationLink(by: Browser, email: string, role: string): Promise<string> {
  const res = await by.submit('/org/members', '/org/invitations', { email, role });
  expect(res.status).toBe(200);

  const match =
    /id="invitation-link" type="url" value="https:\/\/proofpath\.test(\/join\?token=[A-Za-z0-9_-]{43})"/.exec(
      await res.text(),
    );
  if (!match?.[1]) throw new Error('No invitation link on the page.');
  return match[1];
}

async function acceptAs(
  link: string,
  name: string,
  password = NEW_PASSWORD,
  confirmation = password,
) {
  const invitee = new Browser();
  const page = await invitee.get(link);
  const html = await page.text();
  const token = /name="token" value="([^"]+)"/.exec(html)?.[1] ?? '';

  const res = await invitee.post('/join', {
    csrf_token: csrfTokenIn(html),
    token,
    name,
    password,
    confirmation,
  });
  return { invitee, page, res };
}

describe('inviting a member', () => {
  it('shows a one-time link, stores only its hash and lists it as pending', async () => {
    const link = await invitationLink(owner, 'New.Person@Invite.test', 'recruiter');

    const html = await (await owner.get('/org/members')).text();
    expect(html).toContain('new.person@invite.test');
    expect(html).not.toContain(link);
    expect(await countRows('invitations', `token_hash = '${link.split('=')[1]}'`)).toBe(0);
  });

  it('refuses an email that is already a member of the organisation, with 409', async () => {
    const res = await owner.submit('/org/members', '/org/invitations', {
      email: org.admin.email,
      role: 'admin',
    });

    expect(res.status).toBe(409);
    expect(await res.text()).toContain('already a member');
  });

  it('refuses an email that is not an address, with 400', async () => {
    const res = await owner.submit('/org/members', '/org/invitations', {
      email: 'not-an-email',
      role: 'admin',
    });

    expect(res.status).toBe(400);
  });

  it('refuses a role that does not exist, with 400', async () => {
    const res = await owner.submit('/org/members', '/org/invitations', {
      email: 'x@invite.test',
      role: 'superuser',
    });

    expect(res.status).toBe(400);
  });
});

describe('accepting an invitation', () => {
  it('shows the organisation, the role and a form to set a name and password', async () => {
    const link = await invitationLink(owner, 'shown@invite.test', 'hiring_manager');

    const res = await new Browser().get(link);

    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain(org.name);
    expect(html).toContain('Hiring manager');
    expect(html).toContain('<label for="password">Choose a password</label>');
    expect(html).toContain('noindex');
  });

  it('creates the member with the invited role and signs them in', async () => {
    const link = await invitationLink(owner, 'joiner@invite.test', 'recruiter');

    const { invitee, res } = await acceptAs(link, 'Jo Iner');

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/org');
    const overview = await (await invitee.get('/org')).text();
    expect(overview).toContain('Recruiter');
    expect(await signedIn({ email: 'joiner@invite.test' }, NEW_PASSWORD)).toBeDefined();
  });

  it('works once: the same link then answers 404', async () => {
    const link = await invitationLink(owner, 'once@invite.test', 'recruiter');
    await acceptAs(link, 'Once');

    const again = await new Browser().get(link);

    expect(again.status).toBe(404);
    expect(await again.text()).toContain('This invitation link does not work');
  });

  it('refuses a short password or two different passwords, and creates nobody', async () => {
    const link = await invitationLink(owner, 'weak@invite.test', 'recruiter');

    const short = await acceptAs(link, 'Weak', 'short');
    const different = await acceptAs(link, 'Weak', NEW_PASSWORD, `${NEW_PASSWORD}!`);

    expect(short.res.status).toBe(400);
    expect(different.res.status).toBe(400);
    expect(await countRows('members', `email = 'weak@invite.test'`)).toBe(0);
  });

  it('answers 404 for a link past its lifetime', async () => {
    const link = await invitationLink(owner, 'late@invite.test', 'recruiter');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + INVITATION_LIFETIME_MS + 1000);

    expect((await new Browser().get(link)).status).toBe(404);
  });

  it('answers 404 for a withdrawn invitation', async () => {
    const link = await invitationLink(owner, 'withdrawn@invite.test', 'admin');
    const html = await (await owner.get('/org/members')).text();
    const row = html.split('<tr>').find((part) => part.includes('withdrawn@invite.test')) ?? '';
    const id = /action="\/org\/invitations\/([A-Za-z0-9_-]{22})\/revoke"/.exec(row)?.[1];

    const revoke = await owner.submit('/org/members', `/org/invitations/${id}/revoke`);

    expect(revoke.status).toBe(303);
    expect((await new Browser().get(link)).status).toBe(404);
  });

  it('answers 404 for a made-up or malformed token', async () => {
    for (const token of ['A'.repeat(43), 'short', '']) {
      expect((await new Browser().get(`/join?token=${token}`)).status).toBe(404);
    }
  });

  it('refuses an email that already has an account in another organisation, with 409', async () => {
    const other = await createTestOrganisation('elsewhere');
    const link = await invitationLink(owner, other.recruiter.email, 'recruiter');

    const { res } = await acceptAs(link, 'Double');

    expect(res.status).toBe(409);
    expect(await res.text()).toContain('An account with this email already exists');
  });
});

describe('who may invite', () => {
  it('lets an admin invite admins but not owners', async () => {
    const admin = await signedIn(org.admin);

    await expect(invitationLink(admin, 'by-admin@invite.test', 'admin')).resolves.toContain(
      '/join',
    );
    const res = await admin.submit('/org/members', '/org/invitations', {
      email: 'o@invite.test',
      role: 'owner',
    });
    expect(res.status).toBe(403);
  });

  it('refuses recruiters and hiring managers with 403', async () => {
    for (const member of [org.recruiter, org.hiringManager]) {
      const browser = await signedIn(member);
      const csrf_token = await browser.csrfFrom('/org/members');

      const res = await browser.post('/org/invitations', {
        csrf_token,
        email: 'r@invite.test',
        role: 'recruiter',
      });

      expect(res.status).toBe(403);
    }
    expect(await countRows('invitations', `email = 'r@invite.test'`)).toBe(0);
  });
});
