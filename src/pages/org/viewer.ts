// What the organisation pages know about the member looking at them.
import type { Role } from '../../auth/roles';

/** The signed-in member, their organisation, their session's CSRF token and what they may do. */
export interface Viewer {
  name: string;
  email: string;
  role: Role;
  organisationName: string;
  csrfToken: string;
  may: { manageMembers: boolean; manageKeys: boolean; readAudit: boolean };
}
