// The frameworks API: the frameworks a caller can see (bounded pages), one framework with its
// attribution, the children of a node (its tree, a level at a time), and deleting a framework.
import { type Context, Hono } from 'hono';
import {
  deleteFramework,
  findCompetencies,
  findFramework,
  listChildren,
  listFrameworks,
} from '../../db/taxonomy-frameworks';
import { attributionOf } from '../../taxonomy/attribution';
import type { AppEnv } from '../app-env';
import { methodNotAllowed } from '../method-not-allowed';
import { ProblemError } from '../problems';
import { requireOperator } from './taxonomy-operator';
import { cursorFor, readCursor, readLimit, requestOrganisation } from './taxonomy-params';
import { frameworkResource, treeNodeResource } from './taxonomy-resources';

type Ctx = Context<AppEnv>;

async function visibleFramework(c: Ctx) {
  const framework = await findFramework(c.var.db, requestOrganisation(c), c.req.param('id') ?? '');
  if (!framework) throw new ProblemError('not_found', 'There is no framework with this id.');
  return framework;
}

async function list(c: Ctx) {
  const limit = readLimit(c);
  const page = await listFrameworks(c.var.db, requestOrganisation(c), readCursor(c), limit);
  const items = page.items.map(frameworkResource);

  return c.json({
    items,
    nextCursor: cursorFor(page.nextOffset),
    attribution: page.items.map(attributionOf),
  });
}

async function read(c: Ctx) {
  const framework = await visibleFramework(c);
  return c.json({ ...frameworkResource(framework), attribution: [attributionOf(framework)] });
}

async function parentOf(c: Ctx, frameworkId: string): Promise<string | null> {
  const parent = c.req.query('parent');
  if (parent === undefined || parent === '') return null;

  const [found] = await findCompetencies(c.var.db, requestOrganisation(c), [parent]);
  if (!found || found.competency.frameworkId !== frameworkId) {
    throw new ProblemError('not_found', 'There is no such node in this framework.');
  }
  return parent;
}

async function tree(c: Ctx) {
  const framework = await visibleFramework(c);
  const parent = await parentOf(c, framework.id);
  const limit = readLimit(c, 50);
  const page = await listChildren(c.var.db, framework.id, parent, readCursor(c), limit);

  return c.json({
    frameworkId: framework.id,
    parentId: parent,
    items: page.items.map(treeNodeResource),
    nextCursor: cursorFor(page.nextOffset),
    attribution: [attributionOf(framework)],
  });
}

async function remove(c: Ctx) {
  const deleted = await deleteFramework(c.var.db, requestOrganisation(c), c.req.param('id') ?? '');
  if (!deleted)
    throw new ProblemError('not_found', 'There is no framework with this id to delete.');
  return c.body(null, 204);
}

/** Routes under /api/v1. Reading is open; deleting needs the operator token. */
export const taxonomyFrameworksApi = new Hono<AppEnv>()
  .get('/frameworks', list)
  .all('/frameworks', methodNotAllowed('GET, HEAD'))
  .get('/frameworks/:id', read)
  .delete('/frameworks/:id', requireOperator(), remove)
  .all('/frameworks/:id', methodNotAllowed('GET, HEAD, DELETE'))
  .get('/frameworks/:id/tree', tree)
  .all('/frameworks/:id/tree', methodNotAllowed('GET, HEAD'));
