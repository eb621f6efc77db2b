// Who is asking, once authenticated: a member (through a session or another authenticator) or
// an organisation's API key. Each carries the only `OrgScope` a request gets, and what it may do.
import type { AuditActor } from '../db/audit';
import type { Db } from '../db/client';
import type { MemberSummary } from '../db/members';
import { grantOrgScope, type OrgScope } from '../db/org-scope';
import { type ApiKeyScope, isApiKeyScope, type Permission, permissionsOfRole } from './permissions';
import type { Role } from './roles';

/** The organisation a request acts for. */
export interface OrganisationRef {
  id: string;
  name: string;
}

/** The session a member's request came with: its token's hash and its CSRF token. */
export interface SessionRef {
  tokenHash: string;
  csrfToken: string;
}

/** A member, signed in. */
export interface MemberAccess {
  kind: 'member';
  scope: OrgScope;
  organisation: OrganisationRef;
  member: { id: string; email: string; name: string; role: Role };
  /** Null when an authenticator other than the session cookie vouched for the member. */
  session: SessionRef | null;
  permissions: ReadonlySet<Permission>;
}

/** An organisation's API key, with its scopes as its permissions. */
export interface ApiKeyAccess {
  kind: 'api_key';
  scope: OrgScope;
  organisation: OrganisationRef;
  key: { id: string; name: string; scopes: ApiKeyScope[] };
  permissions: ReadonlySet<Permission>;
}

export type Access = MemberAccess | ApiKeyAccess;

/**
 * The access of a member an authenticator has verified (a session, a passkey, an Access JWT).
 * This is where a member's organisation scope is granted.
 */
export function memberAccess(
  db: Db,
  member: MemberSummary,
  organisationName: string,
  session: SessionRef | null,
): MemberAccess {
  const { id, email, name, role } = member;

  return {
    kind: 'member',
    scope: grantOrgScope(db, member.organisationId),
    organisation: { id: member.organisationId, name: organisationName },
    member: { id, email, name, role },
    session,
    permissions: permissionsOfRole(role),
  };
}

/** The access of a verified, unrevoked API key. Unknown scope names grant nothing. */
export function apiKeyAccess(
  db: Db,
  key: { id: string; name: string; organisationId: string; scopes: string[] },
  organisationName: string,
): ApiKeyAccess {
  const scopes = key.scopes.filter(isApiKeyScope);

  return {
    kind: 'api_key',
    scope: grantOrgScope(db, key.organisationId),
    organisation: { id: key.organisationId, name: organisationName },
    key: { id: key.id, name: key.name, scopes },
    permissions: new Set<Permission>(scopes),
  };
}

/** Whether the access includes a permission. */
export function can(access: Access | null, permission: Permission): boolean {
  return access?.permissions.has(permission) ?? false;
}

/** How the audit log names whoever holds this access. */
export function auditActor(access: Access): AuditActor {
  if (access.kind === 'member') return { memberId: access.member.id, label: access.member.email };

  return { apiKeyId: access.key.id, label: `API key "${access.key.name}"` };
}
