// The competencies equivalent to or narrower than one competency, across frameworks, each with
// the path of edges (and hierarchy links) that reaches it.
import { CompetencyLink } from './competency-table';
import { ADMIN_WORDS, EQUIVALENCE_LABELS } from './messages';
import { type CompetencyRef, frameworkHref } from './views';

/** One link of a path: source <relation> target, through an edge or the hierarchy. */
export interface PathStepView {
  source: CompetencyRef;
  relation: string;
  target: CompetencyRef;
  via: 'edge' | 'hierarchy';
}

/** One competency found, how it relates, and how it was reached. */
export interface EquivalentView {
  competency: CompetencyRef;
  relation: string;
  path: PathStepView[];
}

function Path({ path }: { path: PathStepView[] }) {
  return (
    <ol class="path">
      {path.map((step) => (
        <li>
          {step.source.label} <em>{step.relation}</em> {step.target.label}
          {step.via === 'hierarchy' ? ` ${ADMIN_WORDS.viaHierarchy}` : ''}
        </li>
      ))}
    </ol>
  );
}

/** The section; a sentence when nothing is linked. */
export function EquivalentsSection({ equivalents }: { equivalents: EquivalentView[] }) {
  return (
    <section aria-labelledby="equivalents-heading">
      <h2 id="equivalents-heading">{ADMIN_WORDS.equivalentsHeading}</h2>
      <p class="hint">{ADMIN_WORDS.equivalentsIntro}</p>
      {equivalents.length === 0 ? (
        <p>{ADMIN_WORDS.noEquivalents}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{ADMIN_WORDS.labelColumn}</th>
              <th scope="col">{ADMIN_WORDS.frameworkColumn}</th>
              <th scope="col">{ADMIN_WORDS.relationColumn}</th>
              <th scope="col">{ADMIN_WORDS.pathColumn}</th>
            </tr>
          </thead>
          <tbody>
            {equivalents.map((found) => (
              <tr>
                <td>
                  <CompetencyLink competency={found.competency} />
                </td>
                <td>
                  <a href={frameworkHref(found.competency.frameworkId)}>
                    {found.competency.frameworkTitle}
                  </a>
                </td>
                <td>{EQUIVALENCE_LABELS[found.relation] ?? found.relation}</td>
                <td>
                  <Path path={found.path} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
