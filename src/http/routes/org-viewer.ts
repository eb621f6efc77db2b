// Builds what the pages know about the member looking at them: the organisation pages' viewer,
// and the header's account corner for any page.
import { type Access, can, type MemberAccess } from '../../auth/access';
import type { AccountNavAccount } from '../../pages/auth/account-nav';
import type { Viewer } from '../../pages/org/viewer';

/** The viewer of a signed-in member's page. */
export function viewerOf(access: MemberAccess): Viewer {
  return {
    name: access.member.name,
    email: access.member.email,
    role: access.member.role,
    organisationName: access.organisation.name,
    csrfToken: access.session?.csrfToken ?? '',
    may: {
      manageMembers: can(access, 'members:write'),
      manageKeys: can(access, 'api_keys:write'),
      readAudit: can(access, 'audit:read'),
    },
  };
}

/**
 * The header's account corner for any page: pass it as `account` to `Layout`, so a signed-in
 * member sees their name and a sign-out button there.
 *
 * @example
 * c.html(<Layout title="…" account={accountFor(c.var.access)}>…</Layout>)
 */
export function accountFor(access: Access | null): AccountNavAccount | null {
  if (access?.kind !== 'member' || !access.session) return null;

  return { name: access.member.name, csrfToken: access.session.csrfToken };
}
