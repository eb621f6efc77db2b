// The home page: a paste box for JSON or a JWT, a URL field and a file upload (a baked badge
// image, or a JSON or JWT file), posting to /verify as multipart/form-data.
import type { AccountNavAccount } from './auth/account-nav';
import { CsrfField } from './auth/csrf-field';
import { Layout } from './layout';
import { MESSAGES, UPLOAD_WORDS } from './messages';

export interface HomePageProps {
  /** Why the last submission was refused, in words; absent on a fresh page. */
  error?: string;
  /** What was submitted, put back into the form after a refusal (a file cannot be). */
  values?: { credential: string; url: string; recipient: string };
  /** This browser's form token (CSRF). */
  csrfToken: string;
  /** The signed-in member for the header, if any. */
  account?: AccountNavAccount | null;
}

/** What the file picker offers first; any file can still be chosen and is judged by content. */
const ACCEPTED_FILES = '.png,.svg,.json,.jwt,.txt,image/png,image/svg+xml,application/json';

/** The form that starts a verification. */
export function HomePage({ error, values, csrfToken, account }: HomePageProps) {
  return (
    <Layout title={MESSAGES.homeTitle} account={account}>
      <h1>{MESSAGES.homeTitle}</h1>
      <p>{MESSAGES.homeIntro}</p>
      {error ? (
        <div class="alert" role="alert">
          <h2>{MESSAGES.formErrorHeading}</h2>
          <p>{error}</p>
        </div>
      ) : null}
      <form class="card" method="post" action="/verify" enctype="multipart/form-data">
        <CsrfField token={csrfToken} />
        <label for="credential">{MESSAGES.credentialLabel}</label>
        <textarea id="credential" name="credential" spellcheck={false}>
          {values?.credential ?? ''}
        </textarea>
        <label for="url">{MESSAGES.urlLabel}</label>
        <input
          id="url"
          name="url"
          type="url"
          inputmode="url"
          placeholder="https://"
          aria-describedby="url-hint"
          value={values?.url ?? ''}
        />
        <p id="url-hint" class="hint">
          {MESSAGES.urlHint}
        </p>
        <label for="file">{UPLOAD_WORDS.label}</label>
        <input
          id="file"
          name="file"
          type="file"
          accept={ACCEPTED_FILES}
          aria-describedby="file-hint"
        />
        <p id="file-hint" class="hint">
          {UPLOAD_WORDS.hint}
        </p>
        <label for="recipient">{MESSAGES.recipientLabel}</label>
        <input
          id="recipient"
          name="recipient"
          type="text"
          autocomplete="off"
          aria-describedby="recipient-hint"
          value={values?.recipient ?? ''}
        />
        <p id="recipient-hint" class="hint">
          {MESSAGES.recipientHint}
        </p>
        <button type="submit">{MESSAGES.submit}</button>
      </form>
    </Layout>
  );
}
