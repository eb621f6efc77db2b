// The API keys pages: list, create (the secret is shown in this one answer only) and revoke.
import { type Context, Hono } from 'hono';
import { createKey, revokeKey } from '../../auth/api-key-admin';
import { grantableScopes } from '../../auth/permissions';
import { isRowId } from '../../auth/tokens';
import { listApiKeys } from '../../db/api-keys';
import { ApiKeysPage, type ApiKeysPageProps } from '../../pages/org/api-keys-page';
import type { AppEnv } from '../app-env';
import { memberOf, requirePermission, unwrap } from '../middleware/auth-guards';
import { ProblemError } from '../problems';
import { postedForm } from './auth-form';
import { viewerOf } from './org-viewer';

type Ctx = Context<AppEnv>;

async function keysPage(c: Ctx, extra: Partial<ApiKeysPageProps> = {}, status: 200 | 400 = 200) {
  const access = memberOf(c);
  const keys = await listApiKeys(access.scope);
  const grantable = grantableScopes(access.member.role);

  return c.html(
    <ApiKeysPage viewer={viewerOf(access)} keys={keys} grantable={grantable} {...extra} />,
    status,
  );
}

async function create(c: Ctx) {
  const form = await postedForm(c);
  const request = { name: form.text('name'), scopes: form.all('scopes') };

  const outcome = await createKey(memberOf(c), request, c.var.now());
  if (!outcome.ok && outcome.code === 'input_invalid') {
    return keysPage(c, { error: outcome.message }, 400);
  }
  return keysPage(c, { createdKey: unwrap(outcome).key });
}

async function revoke(c: Ctx) {
  const id = c.req.param('id') ?? '';
  if (!isRowId(id)) throw new ProblemError('not_found', 'There is no such active key.');

  unwrap(await revokeKey(memberOf(c), id, c.var.now()));
  return c.redirect('/org/api-keys', 303);
}

/** Routes under /org for API keys. */
export const orgApiKeyRoutes = new Hono<AppEnv>()
  .get('/api-keys', requirePermission('api_keys:write'), (c) => keysPage(c))
  .post('/api-keys', requirePermission('api_keys:write'), create)
  .post('/api-keys/:id/revoke', requirePermission('api_keys:write'), revoke);
