// The invitation parts of the members page: pending invitations (with "withdraw") and the form
// that creates an invitation link.
import type { Role } from '../../auth/roles';
import { CsrfField } from '../auth/csrf-field';
import { ROLE_LABELS } from '../auth/messages';
import { formatInstant } from '../format';
import { ORG_WORDS } from './messages';

/** A pending invitation as the page shows it. */
export interface InvitationView {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
}

function InvitationRow({ invitation, csrf }: { invitation: InvitationView; csrf: string }) {
  return (
    <tr>
      <td>{invitation.email}</td>
      <td>{ROLE_LABELS[invitation.role]}</td>
      <td>{formatInstant(invitation.expiresAt)}</td>
      <td>
        <form class="inline" method="post" action={`/org/invitations/${invitation.id}/revoke`}>
          <CsrfField token={csrf} />
          <button type="submit" aria-label={`${ORG_WORDS.revoke} ${invitation.email}`}>
            {ORG_WORDS.revoke}
          </button>
        </form>
      </td>
    </tr>
  );
}

/** The table of pending invitations. */
export function InvitationsSection(props: { invitations: InvitationView[]; csrf: string }) {
  return (
    <section>
      <h2>{ORG_WORDS.invitationsHeading}</h2>
      {props.invitations.length === 0 ? (
        <p>{ORG_WORDS.noInvitations}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{ORG_WORDS.emailColumn}</th>
              <th scope="col">{ORG_WORDS.roleColumn}</th>
              <th scope="col">{ORG_WORDS.expiresColumn}</th>
              <th scope="col">{ORG_WORDS.actionsColumn}</th>
            </tr>
          </thead>
          <tbody>
            {props.invitations.map((invitation) => (
              <InvitationRow invitation={invitation} csrf={props.csrf} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The form that creates an invitation link for an email and a role. */
export function InviteForm({ roles, csrf }: { roles: Role[]; csrf: string }) {
  return (
    <section>
      <h2>{ORG_WORDS.inviteHeading}</h2>
      <form class="card" method="post" action="/org/invitations">
        <CsrfField token={csrf} />
        <label for="invite-email">{ORG_WORDS.inviteEmailLabel}</label>
        <input id="invite-email" name="email" type="email" required />
        <label for="invite-role">{ORG_WORDS.inviteRoleLabel}</label>
        <select id="invite-role" name="role">
          {roles.map((role) => (
            <option value={role} selected={role === 'recruiter'}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        <button type="submit">{ORG_WORDS.invite}</button>
      </form>
    </section>
  );
}
