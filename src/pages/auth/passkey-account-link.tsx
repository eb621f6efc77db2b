// The account page's pointer to the passkeys page.
import { PASSKEYS_PATH } from './passkey-account-page';
import { PASSKEY_WORDS } from './passkey-messages';

/** A card that says what passkeys are for and links to where they are managed. */
export function PasskeyAccountLink() {
  return (
    <section class="card">
      <h2>{PASSKEY_WORDS.accountHeading}</h2>
      <p>{PASSKEY_WORDS.accountText}</p>
      <a href={PASSKEYS_PATH}>{PASSKEY_WORDS.accountLink}</a>
    </section>
  );
}
