// The competency pages: search (a form that lists results, and the JSON the type-ahead script
// reads as the user types), and one competency's page. Search is rate limited like the API's.
import { type Context, Hono } from 'hono';
import { type CompetencyPageProps, CompetencyPage } from '../../pages/admin/competency-page';
import { SearchPage } from '../../pages/admin/search-page';
import { SUGGESTIONS_PATH } from '../../pages/admin/views';
import type { AppEnv } from '../app-env';
import { limitSearch } from '../middleware/rate-limit';
import { ProblemError } from '../problems';
import { adminOf, adminViewerOf } from './admin-context';
import { loadCompetency } from './admin-competency-data';
import { findForPage, searchFor } from './admin-search';

type Ctx = Context<AppEnv>;

/** Results on the search page, and choices in a picker. */
const RESULTS = 25;

/** Suggestions while typing. */
const SUGGESTIONS = 8;

async function showSearch(c: Ctx) {
  const { access } = adminOf(c);
  const query = c.req.query('q') ?? '';
  const found = await findForPage(c, query, RESULTS);

  const props = { viewer: adminViewerOf(access), query, results: found.items };
  return c.html(<SearchPage {...props} attribution={found.attribution} />);
}

/** The same JSON as `GET /api/v1/competencies`, for the member's organisation (by its cookie). */
async function suggest(c: Ctx) {
  const result = await searchFor(c, c.req.query('q') ?? '', SUGGESTIONS);
  return c.json(result);
}

/** The competency page, with `extra` (a refused change) and its status. */
export async function competencyPage(
  c: Ctx,
  id: string,
  extra: Partial<CompetencyPageProps> = {},
  status: 200 | 400 | 404 | 409 = 200,
) {
  const { access, organisationId } = adminOf(c);
  const data = await loadCompetency(c.var.db, organisationId, id);
  if (!data) throw new ProblemError('not_found', 'There is no competency with this id.');

  const find = c.req.query('find') ?? '';
  const found = find.trim() ? (await findForPage(c, find, RESULTS)).items : [];
  const targets = found.filter((target) => target.id !== id);
  const props = { viewer: adminViewerOf(access), ...data, find, targets };
  return c.html(<CompetencyPage {...props} {...extra} />, status);
}

/** Routes under /admin for competencies. */
export const adminCompetencyRoutes = new Hono<AppEnv>()
  .get('/competencies', limitSearch(), showSearch)
  .get(SUGGESTIONS_PATH.replace('/admin', ''), limitSearch(), suggest)
  .get('/competencies/:id', (c) => competencyPage(c, c.req.param('id')));
