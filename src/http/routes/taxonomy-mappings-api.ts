// The badge mappings API: list a badge class's mappings (with the competencies' attribution),
// map a badge class to a competency with a band by hand, change the band, remove a mapping.
import { type Context, Hono } from 'hono';
import { findCompetencies } from '../../db/taxonomy-frameworks';
import {
  type Band,
  deleteMapping,
  findMapping,
  listMappings,
  updateMappingBand,
  upsertAdminMapping,
} from '../../db/taxonomy-mappings';
import { attributionOf } from '../../taxonomy/attribution';
import { randomId } from '../../taxonomy/ids';
import type { AppEnv } from '../app-env';
import { methodNotAllowed } from '../method-not-allowed';
import { ProblemError, refuse } from '../problems';
import { idempotentWrite } from './taxonomy-idempotency';
import { readJsonBody, requiredText } from './taxonomy-json-body';
import { requireOperator } from './taxonomy-operator';
import { cursorFor, readCursor, readLimit, requestOrganisation } from './taxonomy-params';
import { competencyResource, mappingResource } from './taxonomy-resources';

type Ctx = Context<AppEnv>;

const BANDS: readonly Band[] = ['foundational', 'core', 'advanced'];

function readBand(value: unknown): Band {
  if (typeof value === 'string' && (BANDS as readonly string[]).includes(value))
    return value as Band;
  return refuse('input_invalid', `band must be one of ${BANDS.join(', ')}.`);
}

async function list(c: Ctx) {
  const organisationId = requestOrganisation(c);
  const filter = {
    achievementId: c.req.query('achievement') || null,
    competencyId: c.req.query('competency') || null,
  };
  const page = await listMappings(c.var.db, organisationId, filter, readCursor(c), readLimit(c));

  const rows = await findCompetencies(
    c.var.db,
    organisationId,
    page.items.map((m) => m.competencyId),
  );
  const byId = new Map(rows.map((row) => [row.competency.id, row]));
  const items = page.items.map((mapping) => {
    const row = byId.get(mapping.competencyId);
    return {
      ...mappingResource(mapping),
      competency: row ? competencyResource(row.competency) : null,
    };
  });
  const attribution = [
    ...new Map(rows.map((r) => [r.framework.id, attributionOf(r.framework)])).values(),
  ];
  return c.json({ items, nextCursor: cursorFor(page.nextOffset), attribution });
}

async function read(c: Ctx) {
  const mapping = await findMapping(c.var.db, requestOrganisation(c), c.req.param('id') ?? '');
  if (!mapping) throw new ProblemError('not_found', 'There is no badge mapping with this id.');
  return c.json(mappingResource(mapping));
}

async function create(c: Ctx) {
  const { fields, bytes } = await readJsonBody(c);
  const organisationId = requestOrganisation(c);
  const mapping = {
    id: randomId('bm_'),
    organisationId,
    achievementId: requiredText(fields, 'achievementId'),
    competencyId: requiredText(fields, 'competencyId', 64),
    band: readBand(fields.band),
    createdBy: requiredText(fields, 'createdBy', 200),
  };

  return idempotentWrite(c, bytes, async () => {
    const [competency] = await findCompetencies(c.var.db, organisationId, [mapping.competencyId]);
    if (!competency)
      throw new ProblemError('competency_unknown', 'competencyId is not a competency you can see.');

    const row = await upsertAdminMapping(c.var.db, mapping, c.var.now());
    if (!row) throw new Error('The mapping was not stored.');
    return {
      status: 201,
      body: mappingResource(row),
      location: `/api/v1/badge-mappings/${row.id}`,
    };
  });
}

async function update(c: Ctx) {
  const { fields } = await readJsonBody(c);
  const change = { band: readBand(fields.band), by: requiredText(fields, 'updatedBy', 200) };
  const id = c.req.param('id') ?? '';

  const organisationId = requestOrganisation(c);
  if (!(await updateMappingBand(c.var.db, organisationId, id, change, c.var.now()))) {
    throw new ProblemError('not_found', 'There is no badge mapping with this id to change.');
  }
  const mapping = await findMapping(c.var.db, organisationId, id);
  return c.json(mapping ? mappingResource(mapping) : null);
}

async function remove(c: Ctx) {
  if (!(await deleteMapping(c.var.db, requestOrganisation(c), c.req.param('id') ?? ''))) {
    throw new ProblemError('not_found', 'There is no badge mapping with this id to remove.');
  }
  return c.body(null, 204);
}

/** Routes under /api/v1. Reading is open; changes need the operator token. */
export const taxonomyMappingsApi = new Hono<AppEnv>()
  .get('/badge-mappings', list)
  .post('/badge-mappings', requireOperator(), create)
  .all('/badge-mappings', methodNotAllowed('GET, HEAD, POST'))
  .get('/badge-mappings/:id', read)
  .patch('/badge-mappings/:id', requireOperator(), update)
  .delete('/badge-mappings/:id', requireOperator(), remove)
  .all('/badge-mappings/:id', methodNotAllowed('GET, HEAD, PATCH, DELETE'));
