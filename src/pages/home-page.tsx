// The home page: a paste box for JSON or a JWT and a URL field, posting to /verify.
import { Layout } from './layout';
import { MESSAGES } from './messages';

export interface HomePageProps {
  /** Why the last submission was refused, in words; absent on a fresh page. */
  error?: string;
  /** What was submitted, put back into the form after a refusal. */
  values?: { credential: string; url: string };
}

/** The form that starts a verification. */
export function HomePage({ error, values }: HomePageProps) {
  return (
    <Layout title={MESSAGES.homeTitle}>
      <h1>{MESSAGES.homeTitle}</h1>
      <p>{MESSAGES.homeIntro}</p>
      {error ? (
        <div class="alert" role="alert">
          <h2>{MESSAGES.formErrorHeading}</h2>
          <p>{error}</p>
        </div>
      ) : null}
      <form class="card" method="post" action="/verify">
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
        <button type="submit">{MESSAGES.submit}</button>
      </form>
    </Layout>
  );
}
