// The pages: the home form, the form's POST /verify (verify, store, redirect 303), and the
// report page at the permalink. Bad form input re-renders the form and stores nothing.
import { type Context, Hono } from 'hono';
import { findVerification } from '../../db/verifications';
import { HomePage } from '../../pages/home-page';
import { MESSAGES } from '../../pages/messages';
import { ReportPage } from '../../pages/report-page';
import { mediaTypeEssence } from '../api-request';
import type { AppEnv } from '../app-env';
import { isWellFormedId } from '../ids';
import { bodyLimit } from '../middleware/body-limit';
import { ProblemError, refuse } from '../problems';
import { verifyAndStore } from '../store-verification';
import { chooseInput } from '../verification-input';
import { permalinkFor } from '../verification-resource';

type Ctx = Context<AppEnv>;

const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

/** Form bodies are percent-encoded (up to three bytes per character), so allow 3 MiB. */
const MAX_FORM_BYTES = 3 * 1024 * 1024;

async function readForm(c: Ctx) {
  if (mediaTypeEssence(c.req.header('content-type')) !== FORM_MEDIA_TYPE) {
    refuse('media_type_unsupported', 'The form must be sent as a normal web form.');
  }

  const form = await c.req.parseBody();
  const field = (name: string) => (typeof form[name] === 'string' ? form[name] : '');
  return { credential: field('credential'), url: field('url') };
}

async function submitForm(c: Ctx) {
  const values = await readForm(c);

  let input: ReturnType<typeof chooseInput>;
  try {
    input = chooseInput(values);
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    return c.html(<HomePage error={error.message} values={values} />, error.status);
  }

  const stored = await verifyAndStore(c.var, input);
  return c.redirect(`/verifications/${stored.id}`, 303);
}

async function showReport(c: Ctx) {
  const id = c.req.param('id') ?? '';
  const stored = isWellFormedId(id) ? await findVerification(c.var.db, id, c.var.now()) : null;
  if (!stored) throw new ProblemError('not_found', MESSAGES.notFoundText);

  c.header('Cache-Control', 'no-store');
  c.header('X-Robots-Tag', 'noindex');
  const permalink = permalinkFor(new URL(c.req.url).origin, id);
  return c.html(<ReportPage {...stored} permalink={permalink} />);
}

/** The human-facing routes. */
export const pageRoutes = new Hono<AppEnv>()
  .get('/', (c) => c.html(<HomePage />))
  .post('/verify', bodyLimit(MAX_FORM_BYTES), submitForm)
  .get('/verifications/:id', showReport);
