// Competency search for type-ahead: the typed words as FTS5 prefix strings, competencies with
// every word first, then (to fill the page) those with any of them; public frameworks and the
// organisation's own only; each answer carries the attribution of the frameworks it shows.
import type { Db } from '../db/client';
import { type CompetencyHitRow, matchCompetencies, type SearchFilter } from '../db/taxonomy-search';
import { type Attribution, attributionsFor } from '../taxonomy/attribution';
import { allTermsQuery, anyTermQuery, searchTerms } from './fts-query';

export interface CompetencyQuery extends SearchFilter {
  text: string;
  limit: number;
}

/** A competency found, with its alternative labels read. */
export interface CompetencyHit {
  id: string;
  frameworkId: string;
  kind: string;
  code: string | null;
  uri: string | null;
  label: string;
  altLabels: string[];
  description: string | null;
  parentId: string | null;
  /** True when every word matched; false for the results that fill the page with any word. */
  allTerms: boolean;
}

export interface CompetencySearchResult {
  /** The words searched for, after operators and punctuation were dropped. */
  terms: string[];
  items: CompetencyHit[];
  attribution: Attribution[];
}

function hit(row: CompetencyHitRow, allTerms: boolean): CompetencyHit {
  const { rank: _rank, altLabels, ...rest } = row;
  return { ...rest, altLabels: JSON.parse(altLabels) as string[], allTerms };
}

/** Searches competencies for what a person typed. Never throws on what was typed. */
export async function searchCompetencies(
  db: Db,
  organisationId: string | null,
  query: CompetencyQuery,
): Promise<CompetencySearchResult> {
  const terms = searchTerms(query.text);
  if (terms.length === 0) return { terms, items: [], attribution: [] };

  const all = await matchCompetencies(db, organisationId, allTermsQuery(terms), query, query.limit);
  const items = all.map((row) => hit(row, true));
  if (terms.length > 1 && items.length < query.limit) {
    const seen = new Set(items.map((item) => item.id));
    const any = await matchCompetencies(
      db,
      organisationId,
      anyTermQuery(terms),
      query,
      query.limit * 2,
    );
    const more = any.filter((row) => !seen.has(row.id)).slice(0, query.limit - items.length);
    items.push(...more.map((row) => hit(row, false)));
  }

  const attribution = await attributionsFor(
    db,
    organisationId,
    items.map((item) => item.frameworkId),
  );
  return { terms, items, attribution };
}
