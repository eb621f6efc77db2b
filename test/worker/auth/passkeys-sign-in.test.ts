// Signing in with a passkey: the full authentication ceremony with a software authenticator,
// and the attacks on it.
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  FLAG,
  GOOD_FLAGS,
  SoftwareAuthenticator,
  type TestAlgorithm,
  type Tweaks,
} from './passkeys-authenticator';
import { registerPasskey, signInOptions, signInWithPasskey } from './passkeys-ceremonies';
import { Browser, ORIGIN } from './support/browser';
import { createTestOrganisation, signedIn, type TestOrganisation } from './support/organisations';

const FORM_COOKIE = '__Host-pp_form';

let org: TestOrganisation;
let ownerKey: SoftwareAuthenticator;
let recruiterKey: SoftwareAuthenticator;

/** A new passkey of the owner's, registered through the account page. */
async function ownerPasskey(algorithm: TestAlgorithm = 'ES256', signCount = 0) {
  const authenticator = await SoftwareAuthenticator.create(algorithm, signCount);
  const res = await registerPasskey(await signedIn(org.owner), authenticator);
  if (res.status !== 303) throw new Error(`Registration answered ${res.status}.`);
  return authenticator;
}

beforeAll(async () => {
  org = await createTestOrganisation('passkey-sign-in');
  ownerKey = await ownerPasskey();
  recruiterKey = await SoftwareAuthenticator.create();
  await registerPasskey(await signedIn(org.recruiter), recruiterKey);
});

afterEach(async () => {
  await env.DB.prepare('DELETE FROM rate_limit_windows').run();
});

function auditCount(action: string, memberId: string) {
  return env.DB.prepare(
    'SELECT count(*) AS n FROM audit_events WHERE action = ? AND actor_member_id = ?',
  )
    .bind(action, memberId)
    .first<{ n: number }>()
    .then((row) => row?.n ?? 0);
}

describe('signing in with a passkey', () => {
  it('starts a session and goes to the organisation', async () => {
    const { browser, res } = await signInWithPasskey(ownerKey);

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/org');
    expect(res.headers.getSetCookie().some((c) => c.startsWith('__Host-pp_session='))).toBe(true);
    expect((await browser.get('/org')).status).toBe(200);
  });

  it('records the sign-in with the passkey method', async () => {
    await signInWithPasskey(ownerKey);

    const row = await env.DB.prepare(
      "SELECT detail FROM audit_events WHERE action = 'signed_in' AND actor_member_id = ? " +
        'ORDER BY occurred_at DESC LIMIT 1',
    )
      .bind(org.owner.id)
      .first<{ detail: string }>();
    expect(JSON.parse(row?.detail ?? '{}')).toEqual({ method: 'passkey' });
  });

  it('stores the new counter and the time of use', async () => {
    await signInWithPasskey(ownerKey);

    const row = await env.DB.prepare(
      'SELECT sign_count, last_used_at FROM passkeys WHERE credential_id = ?',
    )
      .bind(ownerKey.id)
      .first<{ sign_count: number; last_used_at: number | null }>();
    expect(row?.sign_count).toBe(ownerKey.signCount);
    expect(row?.last_used_at).not.toBeNull();
  });

  it('signs in with EdDSA and RS256 passkeys', async () => {
    const eddsa = await signInWithPasskey(await ownerPasskey('EdDSA'));
    const rsa = await signInWithPasskey(await ownerPasskey('RS256'));

    expect([eddsa.res.status, rsa.res.status]).toEqual([303, 303]);
  });

  it('accepts an authenticator that keeps no counter (0 every time)', async () => {
    const counterless = await ownerPasskey();

    const first = await signInWithPasskey(counterless, { signCount: 0 });
    const second = await signInWithPasskey(counterless, { signCount: 0 });

    expect([first.res.status, second.res.status]).toEqual([303, 303]);
  });

  it('returns to the page the member came from', async () => {
    const { browser, csrf_token, options } = await signInOptions();
    const credential = await ownerKey.assert(options, ORIGIN);

    const res = await browser.post('/sign-in/passkey', {
      csrf_token,
      credential,
      next: '/org/members',
    });

    expect(res.headers.get('location')).toBe('/org/members');
  });

  it('asks for user verification from any passkey of this site', async () => {
    const { options } = await signInOptions();

    expect(options).toMatchObject({
      rpId: 'proofpath.test',
      allowCredentials: [],
      userVerification: 'required',
    });
    expect(options.challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('attacks on passkey sign-in', () => {
  /** Posts an assertion and expects a refusal, audited for `memberId`, with no session. */
  async function refused(answer: Promise<Response>, memberId: string = org.owner.id) {
    const failures = await auditCount('sign_in_failed', memberId);
    const res = await answer;

    expect(res.status).toBe(401);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('__Host-pp_session='))).toBe(false);
    expect(await res.text()).toContain('That passkey could not sign you in.');
    expect(await auditCount('sign_in_failed', memberId)).toBe(failures + 1);
  }

  function attempt(authenticator: SoftwareAuthenticator, tweaks: Tweaks = {}) {
    return signInWithPasskey(authenticator, tweaks).then(({ res }) => res);
  }

  it('refuses an assertion made for another origin', () =>
    refused(attempt(ownerKey, { origin: 'https://proofpath.test.evil.test' })));

  it('refuses an assertion scoped to another RP ID', () =>
    refused(attempt(ownerKey, { rpId: 'evil.test' })));

  it('refuses an assertion without user verification', () =>
    refused(attempt(ownerKey, { flags: FLAG.UP })));

  it('refuses an assertion without user presence', () =>
    refused(attempt(ownerKey, { flags: FLAG.UV })));

  it('refuses a change of the backup eligible flag', () =>
    refused(attempt(ownerKey, { flags: GOOD_FLAGS | FLAG.BE })));

  it('refuses the client data of a registration', () =>
    refused(attempt(ownerKey, { type: 'webauthn.create' })));

  it('refuses a ceremony run in a frame of another site', () =>
    refused(attempt(ownerKey, { crossOrigin: true })));

  it('refuses a signature over different data', () =>
    refused(attempt(ownerKey, { signOver: new TextEncoder().encode('other data') })));

  it('refuses a counter that went backwards (a cloned authenticator)', async () => {
    const cloned = await ownerPasskey('ES256', 10);
    await signInWithPasskey(cloned, { signCount: 20 });

    await refused(attempt(cloned, { signCount: 15 }));
  });

  it('refuses a counter that did not move', async () => {
    await signInWithPasskey(ownerKey);

    await refused(attempt(ownerKey, { signCount: ownerKey.signCount }));
  });

  it('refuses a replayed assertion: the challenge is used once', async () => {
    const counterless = await ownerPasskey();
    const { browser, csrf_token, options } = await signInOptions();
    const credential = await counterless.assert(options, ORIGIN, { signCount: 0 });
    const replay = new Browser();
    replay.cookies.set(FORM_COOKIE, browser.cookies.get(FORM_COOKIE) ?? '');
    expect((await browser.post('/sign-in/passkey', { csrf_token, credential })).status).toBe(303);

    await refused(replay.post('/sign-in/passkey', { csrf_token, credential }));
  });

  it('refuses a challenge issued to another browser', async () => {
    const { options } = await signInOptions();
    const { browser, csrf_token } = await signInOptions();
    const credential = await ownerKey.assert(options, ORIGIN);

    await refused(browser.post('/sign-in/passkey', { csrf_token, credential }));
  });

  it('refuses an expired challenge', async () => {
    const { browser, csrf_token, options } = await signInOptions();
    const credential = await ownerKey.assert(options, ORIGIN);
    await env.DB.prepare('UPDATE passkey_challenges SET expires_at = 0').run();

    await refused(browser.post('/sign-in/passkey', { csrf_token, credential }));
  });

  it('refuses a user handle that names another member', () =>
    refused(attempt(ownerKey, { userHandle: new TextEncoder().encode(org.recruiter.id) })));

  it('refuses an assertion without a user handle', () =>
    refused(attempt(ownerKey, { userHandle: null })));

  it("refuses another member's credential id signed with an attacker's key", async () => {
    const attacker = await SoftwareAuthenticator.create();
    const credentialId = recruiterKey.credentialId;
    const userHandle = new TextEncoder().encode(org.recruiter.id);

    await refused(attempt(attacker, { credentialId, userHandle }), org.recruiter.id);
  });

  it('refuses a passkey the server does not know, recording nothing', async () => {
    const stranger = await SoftwareAuthenticator.create();
    stranger.userHandle = new TextEncoder().encode(org.owner.id);
    const failures = await auditCount('sign_in_failed', org.owner.id);

    const res = await attempt(stranger);

    expect(res.status).toBe(401);
    expect(await auditCount('sign_in_failed', org.owner.id)).toBe(failures);
  });

  it('refuses a passkey that was removed', async () => {
    const removed = await ownerPasskey();
    await env.DB.prepare('DELETE FROM passkeys WHERE credential_id = ?').bind(removed.id).run();

    expect((await attempt(removed)).status).toBe(401);
  });

  it('refuses the options to a form without its CSRF token', async () => {
    const { browser } = await signInOptions();

    const res = await browser.post('/sign-in/passkey/options', { csrf_token: 'x'.repeat(43) });

    expect(res.status).toBe(403);
  });
});
