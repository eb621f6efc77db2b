// The signed-in member's passkeys: the page, the options for `navigator.credentials.create()`,
// adding the new passkey, and removing one. Every POST carries the session's CSRF token; the
// registration challenge is bound to the member.
import { type Context, Hono } from 'hono';
import { finishRegistration, startRegistration } from '../../auth/passkeys/passkey-registration';
import { removePasskey } from '../../auth/passkeys/passkey-removal';
import { relyingPartyFor } from '../../auth/passkeys/relying-party';
import { isRowId } from '../../auth/tokens';
import { listPasskeys } from '../../db/passkeys';
import { PASSKEYS_PATH, PasskeyAccountPage } from '../../pages/auth/passkey-account-page';
import { PASSKEY_WORDS } from '../../pages/auth/passkey-messages';
import type { AppEnv } from '../app-env';
import { memberOf, requireMember, unwrap } from '../middleware/auth-guards';
import { csrfProtection } from '../middleware/csrf';
import { ProblemError } from '../problems';
import { formBodyLimit, postedForm } from './auth-form';
import { viewerOf } from './org-viewer';
import { allowPasskeyScript } from './passkey-assets';

type Ctx = Context<AppEnv>;

async function passkeysPage(c: Ctx, error?: string) {
  const access = memberOf(c);
  const passkeys = await listPasskeys(access.scope, access.member.id);

  allowPasskeyScript(c);
  const page = <PasskeyAccountPage viewer={viewerOf(access)} passkeys={passkeys} error={error} />;
  return c.html(page, error ? 400 : 200);
}

async function options(c: Ctx) {
  const access = memberOf(c);
  const existing = await listPasskeys(access.scope, access.member.id);
  const ids = existing.map((passkey) => passkey.credentialId);

  const json = await startRegistration(access, relyingPartyFor(c.req.url), ids, c.var.now());
  return c.json(json);
}

async function register(c: Ctx) {
  const form = await postedForm(c);
  const submission = { credential: form.text('credential'), name: form.text('name') };
  if (submission.credential === '') return passkeysPage(c, PASSKEY_WORDS.needsScript);

  const rp = relyingPartyFor(c.req.url);
  const result = await finishRegistration(memberOf(c), rp, submission, c.var.now());
  if (result.ok) return c.redirect(PASSKEYS_PATH, 303);
  const exists = result.code === 'credential_exists';
  return passkeysPage(c, exists ? PASSKEY_WORDS.alreadyAdded : PASSKEY_WORDS.addFailed);
}

async function remove(c: Ctx) {
  const id = c.req.param('id') ?? '';
  if (!isRowId(id)) throw new ProblemError('not_found', 'There is no such passkey.');

  unwrap(await removePasskey(memberOf(c), id, c.var.now()));
  return c.redirect(PASSKEYS_PATH, 303);
}

const guarded = [requireMember(), formBodyLimit, csrfProtection()] as const;

/** The passkeys routes; members only, nothing cached. */
export const passkeyAccountRoutes = new Hono<AppEnv>()
  .get(PASSKEYS_PATH, ...guarded, (c) => passkeysPage(c))
  .post(`${PASSKEYS_PATH}/options`, ...guarded, options)
  .post(PASSKEYS_PATH, ...guarded, register)
  .post(`${PASSKEYS_PATH}/:id/remove`, ...guarded, remove);
