// The pages: the home form, the form's POST /verify (paste, link or upload; verify, store,
// redirect 303), and the report page at the permalink. Bad input re-renders the form.
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { findVerification } from '../../db/verifications';
import { HomePage } from '../../pages/home-page';
import { FORM_ERRORS, MESSAGES } from '../../pages/messages';
import { ReportPage } from '../../pages/report-page';
import {
  FORM_MEDIA_TYPE,
  MAX_MULTIPART_BYTES,
  MULTIPART_MEDIA_TYPE,
  mediaTypeEssence,
  parseFormData,
  readFormFields,
} from '../api-request';
import type { AppEnv } from '../app-env';
import { csrfProtection } from '../middleware/csrf';
import { formTokenFor } from './auth-form';
import { accountFor } from './org-viewer';
import { isWellFormedId } from '../ids';
import { bodyLimit } from '../middleware/body-limit';
import { ProblemError, refuse } from '../problems';
import { verifyAndStore } from '../store-verification';
import { chooseInput, chooseRecipient, type InputFields } from '../verification-input';
import { permalinkFor } from '../verification-resource';

type Ctx = Context<AppEnv>;

/** Form bodies are percent-encoded (up to three bytes per character), so allow 3 MiB. */
const MAX_FORM_BYTES = 3 * 1024 * 1024;

const limitForm = bodyLimit(MAX_FORM_BYTES);
const limitMultipart = bodyLimit(MAX_MULTIPART_BYTES);

/** 3 MiB for a plain web form; a form with an upload may carry a 5 MiB file. */
const limitBody: MiddlewareHandler<AppEnv> = (c, next) => {
  const multipart = mediaTypeEssence(c.req.header('content-type')) === MULTIPART_MEDIA_TYPE;
  return (multipart ? limitMultipart : limitForm)(c, next);
};

async function readForm(c: Ctx): Promise<InputFields> {
  const mediaType = mediaTypeEssence(c.req.header('content-type'));
  if (mediaType !== FORM_MEDIA_TYPE && mediaType !== MULTIPART_MEDIA_TYPE) {
    refuse('media_type_unsupported', 'The form must be sent as a normal web form.');
  }

  // Through Hono's body cache, which a middleware may already have filled by parsing the form.
  return readFormFields(await parseFormData(() => c.req.formData()));
}

/** What was typed, to put back into the form after a refusal (a file cannot be put back). */
function typed(fields: InputFields) {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    credential: text(fields.credential),
    url: text(fields.url),
    recipient: text(fields.recipient),
  };
}

async function submitForm(c: Ctx) {
  let fields: InputFields = {};
  let input: ReturnType<typeof chooseInput>;
  let recipient: string | undefined;
  try {
    fields = await readForm(c);
    input = chooseInput(fields);
    recipient = chooseRecipient(fields);
  } catch (error) {
    if (!(error instanceof ProblemError) || error.code === 'media_type_unsupported') throw error;
    const message = FORM_ERRORS[error.code] ?? error.message;
    const page = <HomePage error={message} values={typed(fields)} {...pageChrome(c)} />;
    return c.html(page, error.status);
  }

  const stored = await verifyAndStore(c.var, input, undefined, recipient ? { recipient } : {});
  return c.redirect(`/verifications/${stored.id}`, 303);
}

async function showReport(c: Ctx) {
  const id = c.req.param('id') ?? '';
  const stored = isWellFormedId(id) ? await findVerification(c.var.db, id, c.var.now()) : null;
  if (!stored) throw new ProblemError('not_found', MESSAGES.notFoundText);

  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
  const permalink = permalinkFor(new URL(c.req.url).origin, id);
  return c.html(
    <ReportPage {...stored} permalink={permalink} account={accountFor(c.var.access)} />,
  );
}

/** What every page with the home form needs: this browser's form token and the header account. */
function pageChrome(c: Ctx) {
  return { csrfToken: formTokenFor(c), account: accountFor(c.var.access) };
}

/** The human-facing routes. */
export const pageRoutes = new Hono<AppEnv>()
  .get('/', (c) => c.html(<HomePage {...pageChrome(c)} />))
  .post('/verify', limitBody, csrfProtection(), submitForm)
  .get('/verifications/:id', showReport);
