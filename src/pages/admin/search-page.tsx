// The competency search page: a search form (with type-ahead suggestions when scripts run) and,
// once submitted, the results with their code and framework, and the frameworks' attribution.
import { AdminFrame } from './admin-frame';
import { AttributionSection } from './attribution-section';
import { CompetencyTable, type FoundCompetency } from './competency-table';
import { ADMIN_WORDS } from './messages';
import { TypeAheadField } from './type-ahead-field';
import type { AdminViewer, Attribution } from './views';

export interface SearchPageProps {
  viewer: AdminViewer;
  /** What was typed; empty before the first search. */
  query: string;
  results: FoundCompetency[];
  attribution: Attribution[];
}

function Results({ query, results }: Pick<SearchPageProps, 'query' | 'results'>) {
  if (query.trim() === '') return null;

  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{ADMIN_WORDS.resultsHeading}</h2>
      {results.length === 0 ? <p>{ADMIN_WORDS.noResults}</p> : <CompetencyTable items={results} />}
    </section>
  );
}

/** The search page. */
export function SearchPage(props: SearchPageProps) {
  return (
    <AdminFrame title={ADMIN_WORDS.searchTitle} viewer={props.viewer} typeAhead>
      <p>{ADMIN_WORDS.searchIntro}</p>
      <search>
        <form class="card" method="get" action="/admin/competencies">
          <TypeAheadField
            id="competency-search"
            name="q"
            label={ADMIN_WORDS.searchLabel}
            value={props.query}
            mode="links"
          />
          <button type="submit">{ADMIN_WORDS.searchButton}</button>
        </form>
      </search>
      <Results query={props.query} results={props.results} />
      <AttributionSection attribution={props.attribution} />
    </AdminFrame>
  );
}
