// The member's own account: who they are, in which organisation, and "sign out everywhere".
import { OrgFrame } from '../org/org-frame';
import type { Viewer } from '../org/viewer';
import { CsrfField } from './csrf-field';
import { AUTH_WORDS, ROLE_LABELS } from './messages';
import { PasskeyAccountLink } from './passkey-account-link';

/** The account page. */
export function AccountPage({ viewer }: { viewer: Viewer }) {
  return (
    <OrgFrame title={AUTH_WORDS.accountTitle} viewer={viewer}>
      <section class="card">
        <dl class="facts">
          <dt>{AUTH_WORDS.nameLabel}</dt>
          <dd>{viewer.name}</dd>
          <dt>{AUTH_WORDS.emailLabel}</dt>
          <dd>{viewer.email}</dd>
          <dt>{AUTH_WORDS.organisationLabel}</dt>
          <dd>{viewer.organisationName}</dd>
          <dt>{AUTH_WORDS.roleLabel}</dt>
          <dd>{ROLE_LABELS[viewer.role]}</dd>
        </dl>
      </section>
      <PasskeyAccountLink />
      <section class="card">
        <h2>{AUTH_WORDS.signOutEverywhereHeading}</h2>
        <p>{AUTH_WORDS.signOutEverywhereText}</p>
        <form method="post" action="/sign-out-everywhere">
          <CsrfField token={viewer.csrfToken} />
          <button type="submit">{AUTH_WORDS.signOutEverywhere}</button>
        </form>
      </section>
    </OrgFrame>
  );
}
