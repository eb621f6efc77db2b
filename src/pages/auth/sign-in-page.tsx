// The sign-in page: email and password, the form's CSRF token, and where to go afterwards. On a
// local demo it also says which account to use.
import { Layout } from '../layout';
import { CsrfField } from './csrf-field';
import { FormError } from './form-error';
import { AUTH_WORDS } from './messages';
import { PasskeySignIn } from './passkey-sign-in';

export interface SignInPageProps {
  csrfToken: string;
  /** The local path to return to after signing in. */
  next?: string | undefined;
  /** The email typed before, put back after a refusal (never the password). */
  email?: string;
  error?: string;
  /** The demo account, shown only on a local demo (`DEMO_SEED`). */
  demo?: { email: string; password: string } | undefined;
}

function DemoNotice({ demo }: { demo: NonNullable<SignInPageProps['demo']> }) {
  return (
    <section class="card" aria-labelledby="demo-heading">
      <h2 id="demo-heading">{AUTH_WORDS.demoHeading}</h2>
      <p>{AUTH_WORDS.demoText}</p>
      <dl class="facts">
        <dt>{AUTH_WORDS.emailLabel}</dt>
        <dd>{demo.email}</dd>
        <dt>{AUTH_WORDS.passwordLabel}</dt>
        <dd>{demo.password}</dd>
      </dl>
    </section>
  );
}

/** The sign-in form. */
export function SignInPage({ csrfToken, next, email, error, demo }: SignInPageProps) {
  return (
    <Layout title={AUTH_WORDS.signInTitle} account={null}>
      <h1>{AUTH_WORDS.signInTitle}</h1>
      <FormError heading={AUTH_WORDS.signInFailedHeading} text={error} />
      <form class="card" method="post" action="/sign-in">
        <CsrfField token={csrfToken} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <label for="email">{AUTH_WORDS.emailLabel}</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          value={email ?? ''}
        />
        <label for="password">{AUTH_WORDS.passwordLabel}</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
        <button type="submit">{AUTH_WORDS.signIn}</button>
      </form>
      <PasskeySignIn csrfToken={csrfToken} next={next} />
      {demo ? <DemoNotice demo={demo} /> : null}
    </Layout>
  );
}
