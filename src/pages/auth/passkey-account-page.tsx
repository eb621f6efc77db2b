// The member's passkeys page: every passkey with when it was added and last used and a remove
// button, and the form that adds one (the ceremony script runs it).
import { formatInstant } from '../format';
import { OrgFrame } from '../org/org-frame';
import type { Viewer } from '../org/viewer';
import { CsrfField } from './csrf-field';
import { FormError } from './form-error';
import { PasskeyCeremonyForm } from './passkey-ceremony-form';
import { PASSKEY_WORDS } from './passkey-messages';

/** Where the page lives; registration posts here and asks `…/options` for its options. */
export const PASSKEYS_PATH = '/account/passkeys';

/** A passkey as the table shows it: never the key. */
export interface PasskeyView {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  backedUp: boolean;
}

export interface PasskeyAccountPageProps {
  viewer: Viewer;
  passkeys: PasskeyView[];
  error?: string;
}

function PasskeyRow({ passkey, csrf }: { passkey: PasskeyView; csrf: string }) {
  return (
    <tr>
      <td>{passkey.name}</td>
      <td>{formatInstant(passkey.createdAt)}</td>
      <td>{passkey.lastUsedAt ? formatInstant(passkey.lastUsedAt) : PASSKEY_WORDS.never}</td>
      <td>{passkey.backedUp ? PASSKEY_WORDS.synced : PASSKEY_WORDS.notSynced}</td>
      <td>
        <form class="inline" method="post" action={`${PASSKEYS_PATH}/${passkey.id}/remove`}>
          <CsrfField token={csrf} />
          <button type="submit" aria-label={`${PASSKEY_WORDS.remove} ${passkey.name}`}>
            {PASSKEY_WORDS.remove}
          </button>
        </form>
      </td>
    </tr>
  );
}

function PasskeyTable({ passkeys, csrf }: { passkeys: PasskeyView[]; csrf: string }) {
  if (passkeys.length === 0) return <p>{PASSKEY_WORDS.none}</p>;

  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{PASSKEY_WORDS.nameColumn}</th>
          <th scope="col">{PASSKEY_WORDS.createdColumn}</th>
          <th scope="col">{PASSKEY_WORDS.lastUsedColumn}</th>
          <th scope="col">{PASSKEY_WORDS.syncedColumn}</th>
          <th scope="col">{PASSKEY_WORDS.remove}</th>
        </tr>
      </thead>
      <tbody>
        {passkeys.map((passkey) => (
          <PasskeyRow passkey={passkey} csrf={csrf} />
        ))}
      </tbody>
    </table>
  );
}

/** The passkeys page. */
export function PasskeyAccountPage({ viewer, passkeys, error }: PasskeyAccountPageProps) {
  return (
    <OrgFrame title={PASSKEY_WORDS.pageTitle} viewer={viewer}>
      <p>{PASSKEY_WORDS.pageIntro}</p>
      <FormError heading={PASSKEY_WORDS.addFailedHeading} text={error} />
      <section class="card" aria-labelledby="add-passkey-heading">
        <h2 id="add-passkey-heading">{PASSKEY_WORDS.addHeading}</h2>
        <PasskeyCeremonyForm
          ceremony="register"
          action={PASSKEYS_PATH}
          optionsUrl={`${PASSKEYS_PATH}/options`}
          csrfToken={viewer.csrfToken}
          button={PASSKEY_WORDS.addButton}
        >
          <label for="passkey-name">{PASSKEY_WORDS.nameLabel}</label>
          <input
            id="passkey-name"
            name="name"
            type="text"
            maxlength={60}
            autocomplete="off"
            aria-describedby="passkey-name-hint"
          />
          <p id="passkey-name-hint" class="hint">
            {PASSKEY_WORDS.nameHint}
          </p>
        </PasskeyCeremonyForm>
      </section>
      <h2>{PASSKEY_WORDS.listHeading}</h2>
      <PasskeyTable passkeys={passkeys} csrf={viewer.csrfToken} />
    </OrgFrame>
  );
}
