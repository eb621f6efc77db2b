// The four roles a member of an organisation can hold, and what each may do. Pure data: the
// database schema, the guards and the pages all read it from here.

/** Roles, from the most to the least powerful. */
export const ROLES = ['owner', 'admin', 'recruiter', 'hiring_manager'] as const;

export type Role = (typeof ROLES)[number];

/** Whether a string names a role. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Whether `actor` may give `target` (or take it away): owners may give any role, admins any but
 * owner, and nobody else manages roles.
 */
export function mayAssignRole(actor: Role, target: Role): boolean {
  if (actor === 'owner') return true;
  return actor === 'admin' && target !== 'owner';
}
