// The badge mappings pages: the list (optionally of one badge class), mapping a badge class to a
// competency with a band (from this page or a competency's page), and removing a mapping. An
// admin's mapping records who made it; one from a badge's alignment says so. A removal is
// recorded in the audit log.
import { type Context, Hono } from 'hono';
import { auditActor } from '../../auth/access';
import { audit } from '../../auth/audit-log';
import { findCompetencies } from '../../db/taxonomy-frameworks';
import {
  deleteMapping,
  findMapping,
  listMappings,
  upsertAdminMapping,
} from '../../db/taxonomy-mappings';
import type { BadgeMappingRow } from '../../db/taxonomy-schema';
import { BANDS, type Band } from '../../pages/admin/mappings-table';
import { MappingsPage, type MappingsPageProps } from '../../pages/admin/mappings-page';
import { competencyHref } from '../../pages/admin/views';
import { attributionOf } from '../../taxonomy/attribution';
import { randomId } from '../../taxonomy/ids';
import type { AppEnv } from '../app-env';
import { ProblemError } from '../problems';
import { adminOf, adminViewerOf, backPath, competencyRefs, readStart } from './admin-context';
import { competencyPage } from './admin-competencies';
import { mappingView } from './admin-competency-data';
import { findForPage } from './admin-search';
import { postedForm } from './auth-form';

type Ctx = Context<AppEnv>;

const PAGE_SIZE = 50;
const CHOICES = 25;
const MAX_ACHIEVEMENT_LENGTH = 2000;
const LIST = '/admin/badge-mappings';

function moreHref(achievement: string, next: number | null): string | undefined {
  if (next === null) return undefined;

  const filter = achievement ? `achievement=${encodeURIComponent(achievement)}&` : '';
  return `${LIST}?${filter}start=${next}`;
}

/** The mappings page, with `extra` (a refused change) and its status. */
async function mappingsPage(
  c: Ctx,
  extra: Partial<MappingsPageProps> = {},
  status: 200 | 400 = 200,
) {
  const { access, organisationId } = adminOf(c);
  const achievement = (c.req.query('achievement') ?? '').trim();
  const filter = { achievementId: achievement || null };
  const page = await listMappings(c.var.db, organisationId, filter, readStart(c), PAGE_SIZE);

  const ids = page.items.map((row) => row.competencyId);
  const { refs, frameworks } = await competencyRefs(c.var.db, organisationId, ids);
  const find = c.req.query('find') ?? '';
  const found = find.trim() ? await findForPage(c, find, CHOICES) : { items: [], attribution: [] };

  const props = {
    viewer: adminViewerOf(access),
    achievement,
    mappings: page.items.map((row) => mappingView(row, refs, organisationId)),
    moreHref: moreHref(achievement, page.nextOffset),
    find,
    choices: found.items,
    attribution: [...frameworks.values()].map(attributionOf),
  };
  return c.html(<MappingsPage {...props} {...extra} />, status);
}

function isBand(value: string): value is Band {
  return (BANDS as readonly string[]).includes(value);
}

function refusalOf(achievementId: string, band: string, competencyId: string): string | null {
  if (achievementId === '') return 'Give the badge class: its achievement id or URL.';
  if (achievementId.length > MAX_ACHIEVEMENT_LENGTH) return 'The badge class id is too long.';
  if (!isBand(band)) return 'Choose a band: foundational, core or advanced.';
  if (competencyId === '') return 'Choose the competency the badge proves.';
  return null;
}

/** A refused mapping: on the competency's page when it came from there, else on the list. */
function refuseMapping(c: Ctx, back: string, competencyId: string, error: string) {
  if (back === competencyHref(competencyId)) return competencyPage(c, competencyId, { error }, 400);
  return mappingsPage(c, { error }, 400);
}

async function createMapping(c: Ctx) {
  const { access, organisationId } = adminOf(c);
  const form = await postedForm(c);
  const achievementId = form.text('achievementId').trim();
  const competencyId = form.text('competencyId');
  const band = form.text('band');
  const back = backPath(form.text('back'), LIST);

  const refusal = refusalOf(achievementId, band, competencyId);
  if (refusal !== null || !isBand(band)) return refuseMapping(c, back, competencyId, refusal ?? '');
  const [visible] = await findCompetencies(c.var.db, organisationId, [competencyId]);
  if (!visible) return mappingsPage(c, { error: 'Choose a competency from those found.' }, 400);

  const mapping = {
    id: randomId('bm_'),
    organisationId,
    achievementId,
    competencyId,
    band,
    createdBy: access.member.email,
  };
  await upsertAdminMapping(c.var.db, mapping, c.var.now());
  return c.redirect(back, 303);
}

/** Removing a mapping leaves no row behind: the audit log keeps who removed which one. */
async function recordRemoval(c: Ctx, mapping: BadgeMappingRow) {
  const { access } = adminOf(c);
  const target = { type: 'badge_mapping', id: mapping.id, label: mapping.achievementId };
  const detail = { competency: mapping.competencyId, band: mapping.band };

  await audit(access.scope, c.var.now(), {
    action: 'data_deleted',
    actor: auditActor(access),
    target,
    detail,
  });
}

async function removeMapping(c: Ctx) {
  const { organisationId } = adminOf(c);
  const back = backPath((await postedForm(c)).text('back'), LIST);
  const id = c.req.param('id') ?? '';

  const mapping = await findMapping(c.var.db, organisationId, id);
  if (!mapping || !(await deleteMapping(c.var.db, organisationId, id))) {
    throw new ProblemError(
      'not_found',
      'There is no badge mapping of your organisation with this id.',
    );
  }
  await recordRemoval(c, mapping);
  return c.redirect(back, 303);
}

/** Routes under /admin for badge mappings. */
export const adminMappingRoutes = new Hono<AppEnv>()
  .get('/badge-mappings', (c) => mappingsPage(c))
  .post('/badge-mappings', createMapping)
  .post('/badge-mappings/:id/remove', removeMapping);
