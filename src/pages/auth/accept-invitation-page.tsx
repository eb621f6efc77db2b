// The page an invitation link opens: who invites, with which role, and a form to set a name and
// a password. Reached only by an unguessable link, so it is kept out of search engines.
import type { Role } from '../../auth/roles';
import { Layout } from '../layout';
import { CsrfField } from './csrf-field';
import { FormError } from './form-error';
import { AUTH_WORDS, ROLE_LABELS } from './messages';

export interface AcceptInvitationPageProps {
  csrfToken: string;
  /** Where the form posts. */
  action: string;
  /** The invitation's token, posted back in a hidden field. */
  token: string;
  organisationName: string;
  email: string;
  role: Role;
  /** The name typed before, put back after a refusal (never the password). */
  name?: string;
  error?: string;
}

/** The form that turns an invitation into an account. */
export function AcceptInvitationPage(props: AcceptInvitationPageProps) {
  return (
    <Layout title={AUTH_WORDS.invitationTitle} noIndex account={null}>
      <h1>{AUTH_WORDS.invitationTitle}</h1>
      <p>
        {AUTH_WORDS.invitationIntro} <strong>{props.organisationName}</strong>{' '}
        {AUTH_WORDS.invitationAs} <strong>{ROLE_LABELS[props.role]}</strong>.
      </p>
      <FormError heading={AUTH_WORDS.invitationErrorHeading} text={props.error} />
      <form class="card" method="post" action={props.action}>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="token" value={props.token} />
        <label for="email">{AUTH_WORDS.invitationEmail}</label>
        <input id="email" type="email" autocomplete="username" value={props.email} readonly />
        <label for="name">{AUTH_WORDS.nameLabel}</label>
        <input
          id="name"
          name="name"
          type="text"
          autocomplete="name"
          required
          value={props.name ?? ''}
        />
        <label for="password">{AUTH_WORDS.newPasswordLabel}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="new-password"
          aria-describedby="password-hint"
          required
        />
        <p id="password-hint" class="hint">
          {AUTH_WORDS.newPasswordHint}
        </p>
        <label for="confirmation">{AUTH_WORDS.confirmPasswordLabel}</label>
        <input
          id="confirmation"
          name="confirmation"
          type="password"
          autocomplete="new-password"
          required
        />
        <button type="submit">{AUTH_WORDS.acceptInvitation}</button>
      </form>
    </Layout>
  );
}
