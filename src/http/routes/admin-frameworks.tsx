// The frameworks pages: the list of frameworks the organisation can see (with the import form),
// and one framework's tree, a level at a time (`?node=`). Another organisation's framework, or a
// node outside this framework, is a plain 404.
import { type Context, Hono } from 'hono';
import type { Db } from '../../db/client';
import {
  findCompetencies,
  findFramework,
  listChildren,
  listFrameworks,
} from '../../db/taxonomy-frameworks';
import { FrameworkPage } from '../../pages/admin/framework-page';
import { FrameworksPage, type FrameworksPageProps } from '../../pages/admin/frameworks-page';
import { type CompetencyRef, frameworkHref } from '../../pages/admin/views';
import { attributionOf } from '../../taxonomy/attribution';
import type { AppEnv } from '../app-env';
import { ProblemError } from '../problems';
import { adminOf, adminViewerOf, competencyRef, frameworkView, readStart } from './admin-context';

type Ctx = Context<AppEnv>;

const PAGE_SIZE = 50;

/** A node's ancestors are walked one query at a time: deeper trees than this are not shown. */
const MAX_TRAIL = 20;

/** The frameworks page, with `extra` (an import's refusal) and its status. */
export async function frameworksPage(
  c: Ctx,
  extra: Partial<FrameworksPageProps> = {},
  status: 200 | 400 | 409 | 502 = 200,
) {
  const { access, organisationId } = adminOf(c);
  const start = readStart(c);
  const page = await listFrameworks(c.var.db, organisationId, start, PAGE_SIZE);

  const frameworks = page.items.map((row) => frameworkView(row, organisationId));
  const moreHref =
    page.nextOffset === null ? undefined : `/admin/frameworks?start=${page.nextOffset}`;
  const props = { viewer: adminViewerOf(access), frameworks, moreHref };
  return c.html(<FrameworksPage {...props} {...extra} />, status);
}

function nodeNotFound(): never {
  throw new ProblemError('not_found', 'There is no such item in this framework.');
}

/** The node and its ancestors, top first; 404 when the node is not in this framework. */
async function trailTo(db: Db, organisationId: string, frameworkId: string, nodeId: string) {
  const trail: CompetencyRef[] = [];
  let id: string | null = nodeId;

  while (id !== null && trail.length < MAX_TRAIL) {
    const [row] = await findCompetencies(db, organisationId, [id]);
    if (!row || row.competency.frameworkId !== frameworkId) break;
    trail.unshift(competencyRef(row));
    id = row.competency.parentId;
  }
  if (trail.at(-1)?.id !== nodeId) nodeNotFound();
  return trail;
}

function moreHref(frameworkId: string, node: string | null, next: number | null) {
  if (next === null) return undefined;

  const base = frameworkHref(frameworkId, node);
  return `${base}${node ? '&' : '?'}start=${next}`;
}

async function showFramework(c: Ctx) {
  const { access, organisationId } = adminOf(c);
  const row = await findFramework(c.var.db, organisationId, c.req.param('id') ?? '');
  if (!row) throw new ProblemError('not_found', 'There is no framework with this id.');

  const node = c.req.query('node') || null;
  const trail = node ? await trailTo(c.var.db, organisationId, row.id, node) : [];
  const page = await listChildren(c.var.db, row.id, node, readStart(c), PAGE_SIZE);

  const children = page.items.map((item) => ({
    ...competencyRef({ competency: item, framework: row }),
    childCount: item.childCount,
  }));
  const props = {
    viewer: adminViewerOf(access),
    framework: frameworkView(row, organisationId),
    trail,
    children,
    moreHref: moreHref(row.id, node, page.nextOffset),
    attribution: [attributionOf(row)],
  };
  return c.html(<FrameworkPage {...props} />);
}

/** Routes under /admin for frameworks. */
export const adminFrameworkRoutes = new Hono<AppEnv>()
  .get('/frameworks', (c) => frameworksPage(c))
  .get('/frameworks/:id', showFramework);
