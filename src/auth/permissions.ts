// What a role or an API key may do, named as permissions. Guards ask for a permission, never for
// a role, so a new role or a key scope changes only the tables below.
import type { Role } from './roles';

/** Every permission the service checks. */
export const PERMISSIONS = [
  'verify',
  'search',
  'candidates:read',
  'candidates:read_shared',
  'candidates:write',
  'frameworks:write',
  'roles:write',
  'pathways:write',
  'trust:write',
  'members:read',
  'members:write',
  'api_keys:write',
  'audit:read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const ADMIN: readonly Permission[] = PERMISSIONS.filter((p) => p !== 'audit:read');

/** Owner: everything. Admin: frameworks, roles, pathways, trust, people and keys. */
const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  owner: PERMISSIONS,
  admin: ADMIN,
  recruiter: ['verify', 'search', 'candidates:read', 'candidates:write', 'members:read'],
  hiring_manager: ['verify', 'candidates:read_shared', 'members:read'],
};

/** The scopes an API key may carry: what an integration needs, never people, keys or audit. */
export const API_KEY_SCOPES = [
  'verify',
  'search',
  'candidates:read',
  'candidates:write',
  'frameworks:write',
  'roles:write',
  'pathways:write',
  'members:read',
] as const satisfies readonly Permission[];

export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** The permissions a role grants. */
export function permissionsOfRole(role: Role): ReadonlySet<Permission> {
  return new Set(ROLE_PERMISSIONS[role]);
}

/** Whether a string names an API key scope. */
export function isApiKeyScope(value: unknown): value is ApiKeyScope {
  return typeof value === 'string' && (API_KEY_SCOPES as readonly string[]).includes(value);
}

/** The scopes a key created by a member of this role may carry: those the role itself has. */
export function grantableScopes(role: Role): ApiKeyScope[] {
  const own = permissionsOfRole(role);
  return API_KEY_SCOPES.filter((scope) => own.has(scope));
}
