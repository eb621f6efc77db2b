// Creating and revoking an organisation's API keys. A key can carry only scopes its creator's
// role has; the secret is returned once and never stored.
import { createApiKey, findApiKey, revokeApiKey } from '../db/api-keys';
import { auditActor, can, type MemberAccess } from './access';
import { newApiKeySecret } from './api-key-format';
import { audit } from './audit-log';
import { done, type Outcome, refused } from './outcome';
import { grantableScopes, isApiKeyScope } from './permissions';
import { newRowId } from './tokens';

const MAX_KEY_NAME_LENGTH = 80;

/** What the creator asks for: a name to recognise the key by, and its scopes. */
export interface ApiKeyRequest {
  name: string;
  scopes: string[];
}

/** A created key: its id and the secret, to show once. */
export interface CreatedApiKey {
  id: string;
  key: string;
}

function requestProblem(access: MemberAccess, request: ApiKeyRequest): string | null {
  const name = request.name.trim();
  if (name === '' || name.length > MAX_KEY_NAME_LENGTH) {
    return `Name the key (at most ${MAX_KEY_NAME_LENGTH} characters).`;
  }
  if (request.scopes.length === 0) return 'Choose at least one scope.';

  const allowed: string[] = grantableScopes(access.member.role);
  const unknown = request.scopes.find((scope) => !isApiKeyScope(scope) || !allowed.includes(scope));
  return unknown === undefined ? null : 'A chosen scope is not one you can give.';
}

/** Creates a key for the actor's organisation. */
export async function createKey(
  access: MemberAccess,
  request: ApiKeyRequest,
  now: Date,
): Promise<Outcome<CreatedApiKey>> {
  if (!can(access, 'api_keys:write')) return refused('forbidden', 'Your role cannot do this.');
  const problem = requestProblem(access, request);
  if (problem) return refused('input_invalid', problem);

  const id = newRowId();
  const { key, prefix, keyHash } = await newApiKeySecret();
  const scopes = [...new Set(request.scopes)];
  const name = request.name.trim();
  await createApiKey(access.scope, {
    id,
    name,
    prefix,
    keyHash,
    scopes,
    createdByMemberId: access.member.id,
    createdAt: now,
  });

  const target = { type: 'api_key', id, label: name };
  const detail = { scopes: scopes.join(' ') };
  await audit(access.scope, now, {
    action: 'api_key_created',
    actor: auditActor(access),
    target,
    detail,
  });
  return done({ id, key });
}

/** Revokes one of the organisation's keys; it stops working on the next request. */
export async function revokeKey(access: MemberAccess, id: string, now: Date): Promise<Outcome> {
  if (!can(access, 'api_keys:write')) return refused('forbidden', 'Your role cannot do this.');
  const key = await findApiKey(access.scope, id);
  if (!key || !(await revokeApiKey(access.scope, id, now))) {
    return refused('not_found', 'There is no such active key.');
  }

  const target = { type: 'api_key', id, label: key.name };
  await audit(access.scope, now, { action: 'api_key_revoked', actor: auditActor(access), target });
  return done(undefined);
}
