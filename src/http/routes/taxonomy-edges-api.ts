// The crosswalk edges API: list the live edges (of one competency, or all), add one by hand
// with who and why, and remove one, again with who and why.
import { type Context, Hono } from 'hono';
import { findEdge, listEdges } from '../../db/taxonomy-edges';
import { addEdge, withdrawEdge } from '../../taxonomy/crosswalk-edges';
import { EDGE_RELATIONS, isEdgeRelation } from '../../taxonomy/vocabulary';
import type { AppEnv } from '../app-env';
import { methodNotAllowed } from '../method-not-allowed';
import { ProblemError, refuse } from '../problems';
import { idempotentWrite } from './taxonomy-idempotency';
import { readJsonBody, requiredText } from './taxonomy-json-body';
import { requireOperator } from './taxonomy-operator';
import {
  cursorFor,
  readCursor,
  readLimit,
  requestOrganisation,
  shortText,
} from './taxonomy-params';
import { edgeResource } from './taxonomy-resources';

type Ctx = Context<AppEnv>;

const REFUSALS = {
  same_competency: ['input_invalid', 'An edge joins two different competencies.'],
  unknown_competency: [
    'competency_unknown',
    'sourceId or targetId is not a competency you can see.',
  ],
  exists: ['edge_exists', 'This edge exists already.'],
} as const;

async function list(c: Ctx) {
  const competency = c.req.query('competency') || null;
  const limit = readLimit(c);
  const page = await listEdges(c.var.db, requestOrganisation(c), competency, readCursor(c), limit);
  return c.json({ items: page.items.map(edgeResource), nextCursor: cursorFor(page.nextOffset) });
}

async function read(c: Ctx) {
  const edge = await findEdge(c.var.db, requestOrganisation(c), c.req.param('id') ?? '');
  if (!edge) throw new ProblemError('not_found', 'There is no crosswalk edge with this id.');
  return c.json(edgeResource(edge));
}

async function create(c: Ctx) {
  const { fields, bytes } = await readJsonBody(c);
  const relation = fields.relation;
  if (!isEdgeRelation(relation))
    refuse('input_invalid', `relation must be one of ${EDGE_RELATIONS.join(', ')}.`);
  const request = {
    sourceId: requiredText(fields, 'sourceId', 64),
    relation,
    targetId: requiredText(fields, 'targetId', 64),
    createdBy: requiredText(fields, 'createdBy', 200),
    note: shortText(fields.note, 'note', 2000),
  };

  return idempotentWrite(c, bytes, async () => {
    const added = await addEdge(c.var.db, requestOrganisation(c), request, c.var.now());
    if ('refused' in added) {
      const [code, detail] = REFUSALS[added.refused];
      throw new ProblemError(code, detail);
    }
    return {
      status: 201,
      body: edgeResource(added.edge),
      location: `/api/v1/crosswalk-edges/${added.edge.id}`,
    };
  });
}

async function remove(c: Ctx) {
  const { fields } = await readJsonBody(c, true);
  const by = shortText(fields.removedBy ?? c.req.query('removedBy'), 'removedBy', 200);
  if (by === null)
    return refuse('input_missing', 'removedBy is required: say who removes the edge.');
  const note = shortText(fields.note ?? c.req.query('note'), 'note', 2000);

  const id = c.req.param('id') ?? '';
  if (!(await withdrawEdge(c.var.db, requestOrganisation(c), id, { by, note }, c.var.now()))) {
    throw new ProblemError('not_found', 'There is no live crosswalk edge with this id.');
  }
  return c.body(null, 204);
}

/** Routes under /api/v1. Reading is open; changes need the operator token. */
export const taxonomyEdgesApi = new Hono<AppEnv>()
  .get('/crosswalk-edges', list)
  .post('/crosswalk-edges', requireOperator(), create)
  .all('/crosswalk-edges', methodNotAllowed('GET, HEAD, POST'))
  .get('/crosswalk-edges/:id', read)
  .delete('/crosswalk-edges/:id', requireOperator(), remove)
  .all('/crosswalk-edges/:id', methodNotAllowed('GET, HEAD, DELETE'));
