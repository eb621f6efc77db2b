// The form that runs a passkey ceremony: the CSRF token, a hidden field the script fills with
// the credential, a button, and a live status line. Without the script, posting it explains
// that passkeys need JavaScript.
import type { Child } from 'hono/jsx';
import { CsrfField } from './csrf-field';
import { PASSKEY_WORDS } from './passkey-messages';

/** Where the ceremony script is served; the pages that use it allow `script-src 'self'`. */
export const PASSKEY_SCRIPT_PATH = '/assets/passkey.js';

export interface PasskeyCeremonyFormProps {
  /** `register` calls `navigator.credentials.create`, `sign-in` calls `get`. */
  ceremony: 'register' | 'sign-in';
  /** Where the form posts the credential. */
  action: string;
  /** Where the script asks for the ceremony's options. */
  optionsUrl: string;
  csrfToken: string;
  button: string;
  class?: string;
  children?: Child;
}

/** A form the ceremony script drives, and the script itself. */
export function PasskeyCeremonyForm(props: PasskeyCeremonyFormProps) {
  return (
    <>
      <form
        class={props.class}
        method="post"
        action={props.action}
        data-passkey={props.ceremony}
        data-passkey-options={props.optionsUrl}
      >
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="credential" value="" />
        {props.children}
        <button type="submit">{props.button}</button>
        <p
          class="hint"
          role="status"
          data-passkey-status=""
          data-unsupported={PASSKEY_WORDS.unsupported}
          data-needs-domain={PASSKEY_WORDS.needsDomain}
          data-waiting={PASSKEY_WORDS.waiting}
          data-cancelled={PASSKEY_WORDS.cancelled}
          data-failed={PASSKEY_WORDS.failed}
        />
      </form>
      <script src={PASSKEY_SCRIPT_PATH} defer />
    </>
  );
}
