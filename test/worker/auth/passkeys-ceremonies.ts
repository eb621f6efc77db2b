// The passkey ceremonies as the pages run them, driven through the Worker by the test browser:
// ask for options, let the software authenticator answer, post the credential.
import { expect } from 'vitest';
import type { RequestOptionsJSON } from '../../../src/auth/passkeys/authentication';
import type { CreationOptionsJSON } from '../../../src/auth/passkeys/registration';
import type { SoftwareAuthenticator, Tweaks } from './passkeys-authenticator';
import { Browser, ORIGIN } from './support/browser';

/** Opens the passkeys page and asks for registration options. */
export async function registrationOptions(browser: Browser) {
  const csrf_token = await browser.csrfFrom('/account/passkeys');
  const res = await browser.post('/account/passkeys/options', { csrf_token });
  expect(res.status).toBe(200);

  return { csrf_token, options: (await res.json()) as CreationOptionsJSON };
}

/** Registers the authenticator's passkey for the signed-in browser; returns the answer. */
export async function registerPasskey(
  browser: Browser,
  authenticator: SoftwareAuthenticator,
  tweaks: Tweaks = {},
  name = 'Test key',
): Promise<Response> {
  const { csrf_token, options } = await registrationOptions(browser);
  const credential = await authenticator.register(options, tweaks.origin ?? ORIGIN, tweaks);

  return browser.post('/account/passkeys', { csrf_token, name, credential });
}

/** A signed-out browser on the sign-in page, with sign-in options for it. */
export async function signInOptions(browser = new Browser()) {
  const csrf_token = await browser.csrfFrom('/sign-in');
  const res = await browser.post('/sign-in/passkey/options', { csrf_token });
  expect(res.status).toBe(200);

  return { browser, csrf_token, options: (await res.json()) as RequestOptionsJSON };
}

/** Signs in with the authenticator's passkey in a fresh browser; returns the browser and answer. */
export async function signInWithPasskey(authenticator: SoftwareAuthenticator, tweaks: Tweaks = {}) {
  const { browser, csrf_token, options } = await signInOptions();
  const credential = await authenticator.assert(options, ORIGIN, tweaks);

  const res = await browser.post('/sign-in/passkey', { csrf_token, credential });
  return { browser, res, credential, csrf_token };
}
