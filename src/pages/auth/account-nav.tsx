// The account corner of the page header: a sign-in link, or who is signed in and a sign-out
// button (a POST form with its CSRF token: signing out is a change, never a plain link).
import { AUTH_WORDS } from './messages';
import { CsrfField } from './csrf-field';

/** The signed-in member as the header shows them. */
export interface AccountNavAccount {
  name: string;
  csrfToken: string;
}

/** Shows "Sign in", or the member's name, a link to the organisation and "Sign out". */
export function AccountNav({ account }: { account?: AccountNavAccount | null }) {
  if (!account) {
    return (
      <nav class="account" aria-label={AUTH_WORDS.accountNavLabel}>
        <a href="/sign-in">{AUTH_WORDS.signIn}</a>
      </nav>
    );
  }

  return (
    <nav class="account" aria-label={AUTH_WORDS.accountNavLabel}>
      <span>
        {AUTH_WORDS.signedInAs} <a href="/account">{account.name}</a>
      </span>{' '}
      <a href="/org">{AUTH_WORDS.organisationLink}</a>{' '}
      <form class="inline" method="post" action="/sign-out">
        <CsrfField token={account.csrfToken} />
        <button type="submit">{AUTH_WORDS.signOut}</button>
      </form>
    </nav>
  );
}
