// The isolation suite's world: organisations A and B with a member of each role, API keys, a
// pending invitation, and the catalogue of every organisation page and API endpoint.
import { env } from 'cloudflare:workers';
import { expect } from 'vitest';
import { createKeyVia, keyIdOf } from '../auth/support/api-keys';
import type { Browser, FormFields } from '../auth/support/browser';
import {
  createTestOrganisation,
  signedIn,
  type TestOrganisation,
} from '../auth/support/organisations';

/** The ids of organisation A that the other side will try to reach. */
export interface TargetIds {
  memberId: string;
  ownerId: string;
  invitationId: string;
  apiKeyId: string;
}

export interface World {
  a: TestOrganisation;
  b: TestOrganisation;
  ids: TargetIds;
  /** A's live key with every scope an owner can give, and a revoked one. */
  aKey: string;
  aRevokedKey: string;
  bKey: string;
  /** A browser signed in as each member, by role. */
  aOwner: Browser;
  bOwner: Browser;
}

async function pendingInvitationId(owner: Browser, email: string): Promise<string> {
  await owner.submit('/org/members', '/org/invitations', { email, role: 'recruiter' });
  const html = await (await owner.get('/org/members')).text();
  const row = html.split('<tr>').find((part) => part.includes(email)) ?? '';

  const id = /action="\/org\/invitations\/([A-Za-z0-9_-]{22})\/revoke"/.exec(row)?.[1];
  if (!id) throw new Error('The invitation is not listed.');
  return id;
}

const ALL_SCOPES = ['verify', 'search', 'members:read', 'candidates:read'];

/** Builds both organisations and the keys and invitation of A. */
export async function buildWorld(): Promise<World> {
  const a = await createTestOrganisation('alpha');
  const b = await createTestOrganisation('bravo');
  const aOwner = await signedIn(a.owner);
  const bOwner = await signedIn(b.owner);

  const aKey = await createKeyVia(aOwner, 'Alpha integration', ALL_SCOPES);
  const aRevokedKey = await createKeyVia(aOwner, 'Alpha old key', ALL_SCOPES);
  const revokedId = await keyIdOf(aOwner, aRevokedKey);
  await aOwner.submit('/org/api-keys', `/org/api-keys/${revokedId}/revoke`);
  const bKey = await createKeyVia(bOwner, 'Bravo integration', ALL_SCOPES);

  const ids = {
    memberId: a.recruiter.id,
    ownerId: a.owner.id,
    invitationId: await pendingInvitationId(aOwner, 'pending@alpha.test'),
    apiKeyId: await keyIdOf(aOwner, aKey),
  };
  return { a, b, ids, aKey, aRevokedKey, bKey, aOwner, bOwner };
}

/** One organisation page or form, with the permission it needs. */
export interface PageEndpoint {
  name: string;
  method: 'GET' | 'POST';
  path: (ids: TargetIds) => string;
  fields?: FormFields;
  /** Whether the path names one of A's rows by id. */
  namesAnId: boolean;
}

export const PAGES: readonly PageEndpoint[] = [
  { name: 'overview', method: 'GET', path: () => '/org', namesAnId: false },
  { name: 'members list', method: 'GET', path: () => '/org/members', namesAnId: false },
  { name: 'API keys list', method: 'GET', path: () => '/org/api-keys', namesAnId: false },
  { name: 'audit log', method: 'GET', path: () => '/org/audit', namesAnId: false },
  { name: 'account', method: 'GET', path: () => '/account', namesAnId: false },
  {
    name: 'invite',
    method: 'POST',
    path: () => '/org/invitations',
    fields: { email: 'intruder@alpha.test', role: 'owner' },
    namesAnId: false,
  },
  {
    name: 'withdraw invitation',
    method: 'POST',
    path: (ids) => `/org/invitations/${ids.invitationId}/revoke`,
    namesAnId: true,
  },
  {
    name: 'change role',
    method: 'POST',
    path: (ids) => `/org/members/${ids.memberId}/role`,
    fields: { role: 'recruiter' },
    namesAnId: true,
  },
  {
    name: 'remove member',
    method: 'POST',
    path: (ids) => `/org/members/${ids.memberId}/remove`,
    namesAnId: true,
  },
  {
    name: 'create API key',
    method: 'POST',
    path: () => '/org/api-keys',
    fields: { name: 'Intruder key', scopes: ['verify'] },
    namesAnId: false,
  },
  {
    name: 'revoke API key',
    method: 'POST',
    path: (ids) => `/org/api-keys/${ids.apiKeyId}/revoke`,
    namesAnId: true,
  },
  {
    name: 'sign out everywhere',
    method: 'POST',
    path: () => '/sign-out-everywhere',
    namesAnId: false,
  },
];

/** The organisation API endpoints. */
export const API: ReadonlyArray<{ name: string; path: (ids: TargetIds) => string }> = [
  { name: 'organisation', path: () => '/api/v1/organisation' },
  { name: 'members', path: () => '/api/v1/members' },
  { name: 'one member', path: (ids) => `/api/v1/members/${ids.memberId}` },
];

/** Sends a page request as `browser`, with a CSRF token of its own session for a POST. */
export async function request(browser: Browser, endpoint: PageEndpoint, ids: TargetIds) {
  const path = endpoint.path(ids);
  if (endpoint.method === 'GET') return browser.get(path);

  const csrf_token =
    browser.cookies.size > 0 ? await browser.csrfFrom('/account').catch(() => '') : '';
  return browser.post(path, { csrf_token, ...(endpoint.fields ?? {}) });
}

/** A fingerprint of A's organisation data: it must not change when a request is refused. */
export async function stateOfA(world: World): Promise<string> {
  const queries = [
    ['SELECT id, role FROM members WHERE organisation_id = ? ORDER BY id', world.a.id],
    [
      'SELECT id, revoked_at, accepted_at FROM invitations WHERE organisation_id = ? ORDER BY id',
      world.a.id,
    ],
    ['SELECT id, revoked_at FROM api_keys WHERE organisation_id = ? ORDER BY id', world.a.id],
    [
      'SELECT count(*) AS n FROM sessions s JOIN members m ON m.id = s.member_id ' +
        'WHERE m.organisation_id = ?',
      world.a.id,
    ],
  ] as const;

  const results = await Promise.all(queries.map(([sql, id]) => env.DB.prepare(sql).bind(id).all()));
  return JSON.stringify(results.map((r) => r.results));
}

/** Everything of A that must never show up in an answer to someone outside A. */
export function secretsOfA(world: World): string[] {
  const people = [world.a.owner, world.a.admin, world.a.recruiter, world.a.hiringManager];
  return [
    world.a.name,
    ...people.map((p) => p.email),
    ...people.map((p) => p.name),
    'pending@alpha.test',
    'Alpha integration',
    world.aKey.slice(0, 11),
  ];
}

/** Asserts that a body names nothing of A. */
export function expectNothingOfA(world: World, body: string) {
  for (const secret of secretsOfA(world)) expect(body, secret).not.toContain(secret);
}

/** A body without its per-request parts, to compare two refusals. */
export function withoutRequestId(body: string): string {
  return body.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
}
