// A table of competencies with their code and framework, each linking to its page: search
// results and the choices of a picker's search share it.
import { ADMIN_WORDS } from './messages';
import { type CompetencyRef, competencyHref, frameworkHref } from './views';

/** A competency found by a search; `allTerms` is false when only some of the words matched. */
export interface FoundCompetency extends CompetencyRef {
  allTerms: boolean;
}

/** The competency as a link to its page. */
export function CompetencyLink({ competency }: { competency: CompetencyRef }) {
  return <a href={competencyHref(competency.id)}>{competency.label}</a>;
}

/** Search results: label (a link), code and framework. */
export function CompetencyTable({ items }: { items: FoundCompetency[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{ADMIN_WORDS.labelColumn}</th>
          <th scope="col">{ADMIN_WORDS.codeColumn}</th>
          <th scope="col">{ADMIN_WORDS.frameworkColumn}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr>
            <td>
              <CompetencyLink competency={item} />
              {item.allTerms ? null : <span class="hint">{` ${ADMIN_WORDS.partialMatch}`}</span>}
            </td>
            <td>{item.code ?? ''}</td>
            <td>
              <a href={frameworkHref(item.frameworkId)}>{item.frameworkTitle}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
