// The members page: everyone in the organisation, pending invitations, and (for owners and
// admins) the forms to invite, change a role, remove someone or withdraw an invitation.
import type { Role } from '../../auth/roles';
import { CsrfField } from '../auth/csrf-field';
import { FormError } from '../auth/form-error';
import { ROLE_LABELS } from '../auth/messages';
import { InvitationsSection, type InvitationView, InviteForm } from './invitations-section';
import { ORG_WORDS } from './messages';
import { OrgFrame } from './org-frame';
import type { Viewer } from './viewer';

/** One member as the table shows them. */
export interface MemberView {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** Whether the viewer may change this member's role or remove them. */
  manageable: boolean;
}

export interface MembersPageProps {
  viewer: Viewer;
  members: MemberView[];
  invitations: InvitationView[];
  /** The roles the viewer may give (empty when they manage nobody). */
  assignableRoles: Role[];
  /** A link just created, shown this once. */
  created?: { email: string; role: Role; link: string };
  error?: string;
}

function RoleForm({ member, roles, csrf }: { member: MemberView; roles: Role[]; csrf: string }) {
  const id = `role-${member.id}`;

  return (
    <form class="inline" method="post" action={`/org/members/${member.id}/role`}>
      <CsrfField token={csrf} />
      <label class="visually-hidden" for={id}>
        {`${ORG_WORDS.roleOf} ${member.name}`}
      </label>
      <select id={id} name="role">
        {roles.map((role) => (
          <option value={role} selected={role === member.role}>
            {ROLE_LABELS[role]}
          </option>
        ))}
      </select>
      <button type="submit">{ORG_WORDS.changeRole}</button>
    </form>
  );
}

function RemoveForm({ member, csrf }: { member: MemberView; csrf: string }) {
  return (
    <form class="inline" method="post" action={`/org/members/${member.id}/remove`}>
      <CsrfField token={csrf} />
      <button type="submit" aria-label={`${ORG_WORDS.remove} ${member.name}`}>
        {ORG_WORDS.remove}
      </button>
    </form>
  );
}

function MemberRow({ member, props }: { member: MemberView; props: MembersPageProps }) {
  const csrf = props.viewer.csrfToken;
  const isViewer = member.email === props.viewer.email;

  return (
    <tr>
      <td>
        {member.name} {isViewer ? ORG_WORDS.you : null}
      </td>
      <td>{member.email}</td>
      <td>{ROLE_LABELS[member.role]}</td>
      {props.viewer.may.manageMembers ? (
        <td>
          {member.manageable ? (
            <>
              <RoleForm member={member} roles={props.assignableRoles} csrf={csrf} />
              <RemoveForm member={member} csrf={csrf} />
            </>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}

/** The members page. */
export function MembersPage(props: MembersPageProps) {
  const { viewer } = props;

  return (
    <OrgFrame title={ORG_WORDS.membersTitle} viewer={viewer}>
      <FormError heading={ORG_WORDS.changeRefusedHeading} text={props.error} />
      {props.created ? <CreatedLink created={props.created} /> : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{ORG_WORDS.nameColumn}</th>
            <th scope="col">{ORG_WORDS.emailColumn}</th>
            <th scope="col">{ORG_WORDS.roleColumn}</th>
            {viewer.may.manageMembers ? <th scope="col">{ORG_WORDS.actionsColumn}</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.members.map((member) => (
            <MemberRow member={member} props={props} />
          ))}
        </tbody>
      </table>
      {viewer.may.manageMembers ? (
        <>
          <InvitationsSection invitations={props.invitations} csrf={viewer.csrfToken} />
          <InviteForm roles={props.assignableRoles} csrf={viewer.csrfToken} />
        </>
      ) : null}
    </OrgFrame>
  );
}

function CreatedLink({ created }: { created: NonNullable<MembersPageProps['created']> }) {
  return (
    <section class="card" aria-labelledby="invitation-link-heading">
      <h2 id="invitation-link-heading">{ORG_WORDS.inviteLinkHeading}</h2>
      <label for="invitation-link">
        {`${ORG_WORDS.inviteLinkLabel} ${created.email} (${ROLE_LABELS[created.role]})`}
      </label>
      <input id="invitation-link" type="url" value={created.link} readonly />
      <p class="hint">{ORG_WORDS.inviteLinkHint}</p>
    </section>
  );
}
