import { beforeAll, describe, expect, it } from 'vitest';
import { Browser, csrfTokenIn } from './support/browser';
import {
  countRows,
  createTestOrganisation,
  PASSWORD,
  signedIn,
  type TestOrganisation,
} from './support/organisations';

let org: TestOrganisation;

beforeAll(async () => {
  org = await createTestOrganisation('signin');
});

function cookieLine(res: Response, name: string): string {
  const line = res.headers.getSetCookie().find((l) => l.startsWith(`${name}=`));
  if (!line) throw new Error(`No ${name} cookie was set.`);
  return line;
}

async function signInAttempt(email: string, password: string, next?: string) {
  const browser = new Browser();
  const csrf_token = await browser.csrfFrom('/sign-in');
  const res = await browser.post('/sign-in', {
    csrf_token,
    email,
    password,
    ...(next ? { next } : {}),
  });
  return { browser, res };
}

describe('the sign-in page', () => {
  it('offers a labelled email and password form with a CSRF token', async () => {
    const res = await new Browser().get('/sign-in');

    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('<label for="email">Email</label>');
    expect(html).toContain('<label for="password">Password</label>');
    expect(csrfTokenIn(html)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('sets the form cookie HttpOnly, Secure, SameSite=Lax, __Host- prefixed', async () => {
    const res = await new Browser().get('/sign-in');

    const line = cookieLine(res, '__Host-pp_form');
    expect(line).toMatch(/; HttpOnly/);
    expect(line).toMatch(/; Secure/);
    expect(line).toMatch(/; SameSite=Lax/);
    expect(line).toMatch(/; Path=\//);
    expect(line).not.toMatch(/Domain=/i);
  });
});

describe('signing in with email and password', () => {
  it('redirects to the organisation and sets a session cookie', async () => {
    const { res } = await signInAttempt(org.owner.email, PASSWORD);

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/org');
    const line = cookieLine(res, '__Host-pp_session');
    expect(line).toMatch(/; HttpOnly/);
    expect(line).toMatch(/; Secure/);
    expect(line).toMatch(/; SameSite=Lax/);
    expect(line).toMatch(/; Expires=/);
  });

  it('lets the signed-in browser open the organisation pages', async () => {
    const browser = await signedIn(org.recruiter);

    const res = await browser.get('/org');

    expect(res.status).toBe(200);
    expect(await res.text()).toContain(org.name);
  });

  it('accepts the email in another case and with spaces around it', async () => {
    const { res } = await signInAttempt(`  ${org.admin.email.toUpperCase()} `, PASSWORD);

    expect(res.status).toBe(303);
  });

  it('goes back to the page that asked for sign-in', async () => {
    const { res } = await signInAttempt(org.owner.email, PASSWORD, '/org/members');

    expect(res.headers.get('location')).toBe('/org/members');
  });

  it('never redirects to another site', async () => {
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const { res } = await signInAttempt(org.owner.email, PASSWORD, next);

      expect(res.headers.get('location')).toBe('/org');
    }
  });

  it('sends a signed-in member from the sign-in page to the organisation', async () => {
    const browser = await signedIn(org.owner);

    const res = await browser.get('/sign-in');

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/org');
  });

  it('records the sign-in in the audit log', async () => {
    await signedIn(org.hiringManager);

    const where = `action = 'signed_in' AND actor_member_id = '${org.hiringManager.id}'`;
    expect(await countRows('audit_events', where)).toBeGreaterThan(0);
  });
});

describe('a refused sign-in', () => {
  it('answers 401 with the form again and no session for a wrong password', async () => {
    const { res } = await signInAttempt(org.owner.email, 'not the password');

    expect(res.status).toBe(401);
    expect(await res.text()).toContain('The email or the password is not right.');
    expect(res.headers.getSetCookie().some((l) => l.startsWith('__Host-pp_session='))).toBe(false);
  });

  it('says the same for an unknown email', async () => {
    const { res } = await signInAttempt('nobody@nowhere.test', PASSWORD);

    expect(res.status).toBe(401);
    expect(await res.text()).toContain('The email or the password is not right.');
  });

  it('keeps the typed email but never the password', async () => {
    const { res } = await signInAttempt(org.owner.email, 'a wrong password 123');

    const html = await res.text();
    expect(html).toContain(`value="${org.owner.email}"`);
    expect(html).not.toContain('a wrong password 123');
  });

  it('answers 400 when a field is empty', async () => {
    const { res } = await signInAttempt('', '');

    expect(res.status).toBe(400);
  });

  it('records a failed attempt on a known account in its audit log', async () => {
    await signInAttempt(org.recruiter.email, 'wrong password again');

    const where = `action = 'sign_in_failed' AND actor_member_id = '${org.recruiter.id}'`;
    expect(await countRows('audit_events', where)).toBe(1);
  });
});
