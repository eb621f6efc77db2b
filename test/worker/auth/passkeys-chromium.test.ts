// The checks against real browser output: a registration and a sign-in that Chromium's virtual
// authenticator made for each algorithm verify, and a changed byte does not. The output was
// recorded once from Chromium 156 (DevTools WebAuthn domain: ctap2, internal, resident keys, user
// verification) at https://proofpath.test with playwright-core; the challenges are the base64url
// of `registration-challenge-<alg>` and `authentication-challenge-<alg>`, the user handle that of
// `member-id-<alg>`.
import { describe, expect, it } from 'vitest';
import { verifyAuthentication } from '../../../src/auth/passkeys/authentication';
import {
  parseAuthenticationCredential,
  parseRegistrationCredential,
} from '../../../src/auth/passkeys/credential-json';
import { attempt } from '../../../src/auth/passkeys/passkey-error';
import { verifyRegistration } from '../../../src/auth/passkeys/registration';
import { relyingPartyFor } from '../../../src/auth/passkeys/relying-party';
import { fromBase64Url, toBase64Url } from '../../../src/auth/tokens';
import CHROMIUM_OUTPUT from './passkeys-chromium-output.json';

type RecordedCeremonies = (typeof CHROMIUM_OUTPUT)['ES256'];

const RP = relyingPartyFor('https://proofpath.test/sign-in');

function register(recorded: RecordedCeremonies, rp = RP) {
  const credential = parseRegistrationCredential(JSON.stringify(recorded.registration));
  return verifyRegistration(credential, { rp, challenge: recorded.registrationChallenge });
}

async function signIn(recorded: RecordedCeremonies, change: (json: string) => string = (j) => j) {
  const stored = await register(recorded);
  const credential = parseAuthenticationCredential(change(JSON.stringify(recorded.authentication)));
  const expected = { rp: RP, challenge: recorded.authenticationChallenge };
  const owner = {
    ...stored,
    userHandle: fromBase64Url(recorded.userHandle) ?? new Uint8Array(),
  };

  return attempt(() => verifyAuthentication(credential, expected, owner));
}

/** The recorded assertion with one byte of its signature changed. */
function tamperSignature(json: string): string {
  const credential = JSON.parse(json);
  const signature = fromBase64Url(credential.response.signature) ?? new Uint8Array();
  signature[signature.length - 1] = (signature.at(-1) ?? 0) ^ 1;
  credential.response.signature = toBase64Url(signature);
  return JSON.stringify(credential);
}

describe.each(Object.entries(CHROMIUM_OUTPUT))('Chromium, %s', (_name, recorded) => {
  it('registers: the attestation is none, the flags say present and verified', async () => {
    const stored = await register(recorded);

    expect(stored.credentialId).toBe(recorded.registration.id);
    expect(stored.transports).toEqual(['internal']);
  });

  it('signs in with a counter above the one registered', async () => {
    const stored = await register(recorded);

    const result = await signIn(recorded);

    expect(result.ok && result.value.signCount).toBeGreaterThan(stored.signCount);
  });

  it('refuses the registration for another site', async () => {
    const result = await attempt(() => register(recorded, relyingPartyFor('https://evil.test/')));

    expect(result).toEqual({ ok: false, code: 'origin_mismatch' });
  });

  it('refuses the sign-in with one byte of the signature changed', async () => {
    expect(await signIn(recorded, tamperSignature)).toEqual({
      ok: false,
      code: 'signature_invalid',
    });
  });
});
