// Adding a passkey from the account: the full registration ceremony with a software
// authenticator, and the attacks on it.
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FLAG, GOOD_FLAGS, SoftwareAuthenticator } from './passkeys-authenticator';
import { registerPasskey, registrationOptions, signInOptions } from './passkeys-ceremonies';
import { Browser, ORIGIN } from './support/browser';
import {
  countRows,
  createTestOrganisation,
  signedIn,
  type TestOrganisation,
} from './support/organisations';

let org: TestOrganisation;
let owner: Browser;
let recruiter: Browser;

beforeAll(async () => {
  org = await createTestOrganisation('passkey-registration');
  owner = await signedIn(org.owner);
  recruiter = await signedIn(org.recruiter);
});

afterEach(async () => {
  await env.DB.prepare('DELETE FROM rate_limit_windows').run();
});

function passkeysOf(memberId: string) {
  return countRows('passkeys', `member_id = '${memberId}'`);
}

describe('registering a passkey', () => {
  it('stores the passkey and goes back to the passkeys page, which lists it', async () => {
    const res = await registerPasskey(owner, await SoftwareAuthenticator.create(), {}, 'Laptop');

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account/passkeys');
    expect(await (await owner.get('/account/passkeys')).text()).toContain('<td>Laptop</td>');
  });

  it('keeps the credential id, the COSE algorithm, the counter and the flags', async () => {
    const authenticator = await SoftwareAuthenticator.create('ES256', 7);

    await registerPasskey(recruiter, authenticator);

    const row = await env.DB.prepare(
      'SELECT member_id, algorithm, sign_count, backup_eligible FROM passkeys ' +
        'WHERE credential_id = ?',
    )
      .bind(authenticator.id)
      .first();
    expect(row).toEqual({
      member_id: org.recruiter.id,
      algorithm: -7,
      sign_count: 7,
      backup_eligible: 0,
    });
  });

  it('accepts EdDSA and RS256 keys', async () => {
    const eddsa = await registerPasskey(owner, await SoftwareAuthenticator.create('EdDSA'));
    const rsa = await registerPasskey(owner, await SoftwareAuthenticator.create('RS256'));

    expect([eddsa.status, rsa.status]).toEqual([303, 303]);
  });

  it('accepts packed self attestation', async () => {
    const res = await registerPasskey(owner, await SoftwareAuthenticator.create(), {
      packed: true,
    });

    expect(res.status).toBe(303);
  });

  it('records the new passkey in the audit log under its name', async () => {
    await registerPasskey(owner, await SoftwareAuthenticator.create(), {}, 'Audited key');

    const row = await env.DB.prepare(
      "SELECT actor_member_id, target_type FROM audit_events WHERE action = 'passkey_registered' " +
        "AND target_label = 'Audited key'",
    ).first();
    expect(row).toEqual({ actor_member_id: org.owner.id, target_type: 'passkey' });
  });

  it('asks for a discoverable, user-verified passkey with this site as relying party', async () => {
    const { options } = await registrationOptions(recruiter);

    expect(options.rp).toEqual({ id: 'proofpath.test', name: 'Proofpath' });
    expect(options.user.name).toBe(org.recruiter.email);
    expect(
      new TextDecoder().decode(Uint8Array.from(atob(options.user.id), (c) => c.charCodeAt(0))),
    ).toBe(org.recruiter.id);
    expect(options.authenticatorSelection).toEqual({
      residentKey: 'required',
      requireResidentKey: true,
      userVerification: 'required',
    });
    expect(options.attestation).toBe('none');
    expect(options.pubKeyCredParams.map((p) => p.alg)).toEqual([-7, -8, -257]);
  });

  it('excludes the credentials the member already has', async () => {
    const authenticator = await SoftwareAuthenticator.create();
    await registerPasskey(recruiter, authenticator);

    const { options } = await registrationOptions(recruiter);

    expect(options.excludeCredentials.map((c) => c.id)).toContain(authenticator.id);
  });

  it('asks a browser without JavaScript to use one', async () => {
    const csrf_token = await owner.csrfFrom('/account/passkeys');

    const res = await owner.post('/account/passkeys', { csrf_token, credential: '' });

    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Passkeys need JavaScript');
  });
});

describe('attacks on registration', () => {
  async function refused(tweaks: Parameters<typeof registerPasskey>[2]) {
    const before = await passkeysOf(org.owner.id);
    const res = await registerPasskey(owner, await SoftwareAuthenticator.create(), tweaks);

    expect(res.status).toBe(400);
    expect(await res.text()).toContain('The passkey could not be added.');
    expect(await passkeysOf(org.owner.id)).toBe(before);
  }

  it('refuses a credential made for another origin', () =>
    refused({ origin: 'https://evil.test' }));

  it('refuses a credential scoped to another RP ID', () => refused({ rpId: 'evil.test' }));

  it('refuses a credential without user verification', () => refused({ flags: FLAG.UP }));

  it('refuses a credential without user presence', () => refused({ flags: FLAG.UV }));

  it('refuses the client data of a sign-in', () => refused({ type: 'webauthn.get' }));

  it('refuses a ceremony run in a frame of another site', () => refused({ crossOrigin: true }));

  it('refuses backed up without backup eligible', () => refused({ flags: GOOD_FLAGS | FLAG.BS }));

  it('refuses a posted credential id other than the one attested', () =>
    refused({ credentialId: crypto.getRandomValues(new Uint8Array(32)) }));

  it('refuses a challenge the server never issued', () =>
    refused({ challenge: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }));

  it('refuses a challenge that was already used', async () => {
    const { csrf_token, options } = await registrationOptions(owner);
    const first = await (await SoftwareAuthenticator.create()).register(options, ORIGIN);
    const second = await (await SoftwareAuthenticator.create()).register(options, ORIGIN);
    await owner.post('/account/passkeys', { csrf_token, credential: first });

    const res = await owner.post('/account/passkeys', { csrf_token, credential: second });

    expect(res.status).toBe(400);
  });

  it('refuses a challenge issued to another member', async () => {
    const { options } = await registrationOptions(recruiter);
    const credential = await (await SoftwareAuthenticator.create()).register(options, ORIGIN);
    const csrf_token = await owner.csrfFrom('/account/passkeys');

    const res = await owner.post('/account/passkeys', { csrf_token, credential });

    expect(res.status).toBe(400);
  });

  it('refuses a challenge issued for a sign-in', async () => {
    const { options: signIn } = await signInOptions();
    const { csrf_token, options } = await registrationOptions(owner);
    const authenticator = await SoftwareAuthenticator.create();
    const credential = await authenticator.register(options, ORIGIN, {
      challenge: signIn.challenge,
    });

    const res = await owner.post('/account/passkeys', { csrf_token, credential });

    expect(res.status).toBe(400);
  });

  it('refuses an expired challenge', async () => {
    const { csrf_token, options } = await registrationOptions(owner);
    const credential = await (await SoftwareAuthenticator.create()).register(options, ORIGIN);
    await env.DB.prepare('UPDATE passkey_challenges SET expires_at = 0').run();

    const res = await owner.post('/account/passkeys', { csrf_token, credential });

    expect(res.status).toBe(400);
  });

  it('refuses a credential already registered to another member', async () => {
    const authenticator = await SoftwareAuthenticator.create();
    await registerPasskey(recruiter, authenticator);

    const res = await registerPasskey(owner, authenticator);

    expect(res.status).toBe(400);
    expect(await res.text()).toContain('This passkey is already on an account.');
    expect(await countRows('passkeys', `credential_id = '${authenticator.id}'`)).toBe(1);
  });

  it('refuses JSON that is not a credential', async () => {
    const csrf_token = await owner.csrfFrom('/account/passkeys');

    const res = await owner.post('/account/passkeys', { csrf_token, credential: '{"id":1}' });

    expect(res.status).toBe(400);
  });

  it('refuses the options without the session CSRF token', async () => {
    const res = await owner.post('/account/passkeys/options', { csrf_token: 'x'.repeat(43) });

    expect(res.status).toBe(403);
  });

  it('sends a signed-out visitor to sign in', async () => {
    const res = await new Browser().get('/account/passkeys');

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Faccount%2Fpasskeys');
  });
});
