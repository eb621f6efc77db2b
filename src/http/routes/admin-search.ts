// Competency search for the admin pages: the same search as `GET /api/v1/competencies`, for
// the signed-in member's organisation, with each result naming its framework.
import type { Context } from 'hono';
import { type CompetencySearchResult, searchCompetencies } from '../../search/competency-search';
import type { FoundCompetency } from '../../pages/admin/competency-table';
import type { Attribution } from '../../pages/admin/views';
import type { AppEnv } from '../app-env';
import { refuse } from '../problems';
import { adminOf } from './admin-context';

/** The longest text searched for, as in the API. */
export const MAX_QUERY_LENGTH = 200;

/** Searches what was typed (refused when too long); never throws on what the text says. */
export async function searchFor(
  c: Context<AppEnv>,
  text: string,
  limit: number,
): Promise<CompetencySearchResult> {
  if (text.length > MAX_QUERY_LENGTH) {
    refuse('parameter_invalid', `The search is longer than ${MAX_QUERY_LENGTH} characters.`);
  }
  const query = { text, limit, frameworkId: null, kind: null };
  return searchCompetencies(c.var.db, adminOf(c).organisationId, query);
}

/** Search results as the pages show them, and the attribution of their frameworks. */
export async function findForPage(
  c: Context<AppEnv>,
  text: string,
  limit: number,
): Promise<{ items: FoundCompetency[]; attribution: Attribution[] }> {
  const result = await searchFor(c, text, limit);
  const titles = new Map(result.attribution.map((a) => [a.frameworkId, a.title]));

  const items = result.items.map((item) => ({
    id: item.id,
    label: item.label,
    code: item.code,
    frameworkId: item.frameworkId,
    frameworkTitle: titles.get(item.frameworkId) ?? '',
    allTerms: item.allTerms,
  }));
  return { items, attribution: result.attribution };
}
