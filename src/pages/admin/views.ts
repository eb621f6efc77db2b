// What the framework admin pages are given: the member looking, frameworks and competencies as
// the pages show them. Plain data; the routes build it.
import type { Attribution } from '../../taxonomy/attribution';

export type { Attribution };

/** The signed-in owner or admin, their organisation and their session's CSRF token. */
export interface AdminViewer {
  name: string;
  organisationName: string;
  csrfToken: string;
}

/** A framework in a list or at the top of its page. */
export interface FrameworkView {
  id: string;
  kind: string;
  title: string;
  version: string | null;
  source: string | null;
  licence: string | null;
  attribution: string | null;
  competencyCount: number;
  /** True for the organisation's own framework, false for public reference data. */
  own: boolean;
}

/** A competency wherever a page names one: a link, its code and its framework. */
export interface CompetencyRef {
  id: string;
  label: string;
  code: string | null;
  frameworkId: string;
  frameworkTitle: string;
}

/** Where the type-ahead fields read their suggestions (JSON, as `GET /api/v1/competencies`). */
export const SUGGESTIONS_PATH = '/admin/competency-suggestions';

/** The link to a competency's page. */
export function competencyHref(id: string): string {
  return `/admin/competencies/${encodeURIComponent(id)}`;
}

/** The link to a framework's page, opened at `node` when given. */
export function frameworkHref(id: string, node?: string | null): string {
  const base = `/admin/frameworks/${encodeURIComponent(id)}`;
  return node ? `${base}?node=${encodeURIComponent(node)}` : base;
}
