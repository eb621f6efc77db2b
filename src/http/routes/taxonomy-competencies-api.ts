// The competencies API: type-ahead search, one competency, and everything equivalent to or
// narrower than it across frameworks, each with the path of edges that links it.
import { type Context, Hono } from 'hono';
import { findCompetencies } from '../../db/taxonomy-frameworks';
import { searchCompetencies } from '../../search/competency-search';
import { attributionOf } from '../../taxonomy/attribution';
import { findEquivalents } from '../../taxonomy/equivalents';
import type { AppEnv } from '../app-env';
import { methodNotAllowed } from '../method-not-allowed';
import { ProblemError, refuse } from '../problems';
import { readLimit, requestOrganisation } from './taxonomy-params';
import { competencyResource } from './taxonomy-resources';

type Ctx = Context<AppEnv>;

const MAX_QUERY_LENGTH = 200;
const MAX_DEPTH = 6;

async function search(c: Ctx) {
  const text = c.req.query('q') ?? '';
  if (text.length > MAX_QUERY_LENGTH)
    refuse('parameter_invalid', `q is longer than ${MAX_QUERY_LENGTH} characters.`);

  const query = {
    text,
    limit: readLimit(c, 10),
    frameworkId: c.req.query('framework') || null,
    kind: c.req.query('kind') || null,
  };
  const result = await searchCompetencies(c.var.db, requestOrganisation(c), query);
  return c.json(result);
}

async function visibleCompetency(c: Ctx) {
  const [found] = await findCompetencies(c.var.db, requestOrganisation(c), [
    c.req.param('id') ?? '',
  ]);
  if (!found) throw new ProblemError('not_found', 'There is no competency with this id.');
  return found;
}

async function read(c: Ctx) {
  const { competency, framework } = await visibleCompetency(c);
  return c.json({ ...competencyResource(competency), attribution: [attributionOf(framework)] });
}

function readDepth(c: Ctx): number {
  const text = c.req.query('depth');
  const depth = text === undefined ? 4 : Number(text);
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    refuse('parameter_invalid', `depth must be a whole number from 1 to ${MAX_DEPTH}.`);
  }
  return depth;
}

async function equivalents(c: Ctx) {
  const organisationId = requestOrganisation(c);
  const { competency, framework } = await visibleCompetency(c);
  const limits = { maxDepth: readDepth(c), maxResults: readLimit(c, 50) };

  const found = await findEquivalents(c.var.db, organisationId, competency.id, limits);
  const rows = await findCompetencies(
    c.var.db,
    organisationId,
    found.map((f) => f.competencyId),
  );
  const byId = new Map(rows.map((row) => [row.competency.id, row]));
  const items = found.flatMap((f) => {
    const row = byId.get(f.competencyId);
    return row ? [{ ...f, competency: competencyResource(row.competency) }] : [];
  });

  const frameworks = new Map([
    [framework.id, framework],
    ...rows.map((r) => [r.framework.id, r.framework] as const),
  ]);
  const attribution = [...frameworks.values()].map(attributionOf);
  return c.json({ competency: competencyResource(competency), items, attribution });
}

/** Routes under /api/v1, open for reading. */
export const taxonomyCompetenciesApi = new Hono<AppEnv>()
  .get('/competencies', search)
  .all('/competencies', methodNotAllowed('GET, HEAD'))
  .get('/competencies/:id', read)
  .all('/competencies/:id', methodNotAllowed('GET, HEAD'))
  .get('/competencies/:id/equivalents', equivalents)
  .all('/competencies/:id/equivalents', methodNotAllowed('GET, HEAD'));
