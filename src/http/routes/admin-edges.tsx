// Crosswalk edges by hand from a competency's page: add "this competency <relation> target" with
// a note, or remove one of the organisation's own edges with a reason. Both record who did it.
import { type Context, Hono } from 'hono';
import { competencyHref } from '../../pages/admin/views';
import { addEdge, type EdgeRefusal, withdrawEdge } from '../../taxonomy/crosswalk-edges';
import { isEdgeRelation } from '../../taxonomy/vocabulary';
import type { AppEnv } from '../app-env';
import { ProblemError } from '../problems';
import { adminOf } from './admin-context';
import { competencyPage } from './admin-competencies';
import { postedForm } from './auth-form';

type Ctx = Context<AppEnv>;

const MAX_NOTE_LENGTH = 2000;

const REFUSALS: Readonly<Record<EdgeRefusal, [string, 400 | 409]>> = {
  same_competency: ['An edge joins two different competencies: choose another target.', 400],
  unknown_competency: ['Choose the target from the competencies found.', 400],
  exists: ['This edge exists already.', 409],
};

function noteOf(text: string): string | null | undefined {
  const note = text.trim();
  if (note.length > MAX_NOTE_LENGTH) return undefined;
  return note === '' ? null : note;
}

async function createEdge(c: Ctx) {
  const { access, organisationId } = adminOf(c);
  const id = c.req.param('id') ?? '';
  const form = await postedForm(c);

  const relation = form.text('relation');
  const note = noteOf(form.text('note'));
  if (!isEdgeRelation(relation)) return competencyPage(c, id, { error: 'Choose a relation.' }, 400);
  if (note === undefined) {
    const error = `The note is longer than ${MAX_NOTE_LENGTH} characters.`;
    return competencyPage(c, id, { error }, 400);
  }

  const request = {
    sourceId: id,
    relation,
    targetId: form.text('targetId'),
    createdBy: access.member.email,
    note,
  };
  const added = await addEdge(c.var.db, organisationId, request, c.var.now());
  if ('refused' in added) {
    const [error, status] = REFUSALS[added.refused];
    return competencyPage(c, id, { error }, status);
  }
  return c.redirect(competencyHref(id), 303);
}

async function removeEdge(c: Ctx) {
  const { access, organisationId } = adminOf(c);
  const id = c.req.param('id') ?? '';
  const note = noteOf((await postedForm(c)).text('note'));
  if (note === undefined) {
    const error = `The reason is longer than ${MAX_NOTE_LENGTH} characters.`;
    return competencyPage(c, id, { error }, 400);
  }

  const removal = { by: access.member.email, note };
  const edgeId = c.req.param('edgeId') ?? '';
  if (!(await withdrawEdge(c.var.db, organisationId, edgeId, removal, c.var.now()))) {
    throw new ProblemError('not_found', 'There is no edge of your organisation with this id.');
  }
  return c.redirect(competencyHref(id), 303);
}

/** Routes under /admin for crosswalk edges. */
export const adminEdgeRoutes = new Hono<AppEnv>()
  .post('/competencies/:id/edges', createEdge)
  .post('/competencies/:id/edges/:edgeId/remove', removeEdge);
