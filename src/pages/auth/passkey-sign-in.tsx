// The passkey part of the sign-in page: a button that signs in with any passkey of this site.
import { PasskeyCeremonyForm } from './passkey-ceremony-form';
import { PASSKEY_WORDS } from './passkey-messages';

/** Where the sign-in with a passkey posts, and where its options come from. */
export const PASSKEY_SIGN_IN_PATH = '/sign-in/passkey';
export const PASSKEY_SIGN_IN_OPTIONS_PATH = '/sign-in/passkey/options';

/** The "Sign in with a passkey" section, with the same form token as the password form. */
export function PasskeySignIn({ csrfToken, next }: { csrfToken: string; next?: string }) {
  return (
    <section class="card" aria-labelledby="passkey-heading">
      <h2 id="passkey-heading">{PASSKEY_WORDS.signInHeading}</h2>
      <p>{PASSKEY_WORDS.signInText}</p>
      <PasskeyCeremonyForm
        ceremony="sign-in"
        action={PASSKEY_SIGN_IN_PATH}
        optionsUrl={PASSKEY_SIGN_IN_OPTIONS_PATH}
        csrfToken={csrfToken}
        button={PASSKEY_WORDS.signInButton}
      >
        {next ? <input type="hidden" name="next" value={next} /> : null}
      </PasskeyCeremonyForm>
    </section>
  );
}
