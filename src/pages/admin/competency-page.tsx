// A competency's page: what it is and where it sits, what is equivalent to it across frameworks,
// its crosswalk edges (add and remove), the badges mapped to it (and a form to map one), and
// the attribution of every framework shown.
import type { Child } from 'hono/jsx';
import { CsrfField } from '../auth/csrf-field';
import { FormError } from '../auth/form-error';
import { AdminFrame } from './admin-frame';
import { AttributionSection } from './attribution-section';
import { CompetencyLink } from './competency-table';
import { AddEdgeForm, EdgesTable, type EdgeView } from './edges-section';
import { EquivalentsSection, type EquivalentView } from './equivalents-section';
import { BadgeFields, MappingsTable, type MappingView } from './mappings-table';
import { ADMIN_WORDS } from './messages';
import {
  type AdminViewer,
  type Attribution,
  type CompetencyRef,
  competencyHref,
  frameworkHref,
} from './views';

/** The competency itself. */
export interface CompetencyDetail extends CompetencyRef {
  kind: string;
  itemType: string | null;
  uri: string | null;
  description: string | null;
  altLabels: string[];
  parent: CompetencyRef | null;
}

export interface CompetencyPageProps {
  viewer: AdminViewer;
  competency: CompetencyDetail;
  equivalents: EquivalentView[];
  edges: EdgeView[];
  mappings: MappingView[];
  /** The edge form's target search, and what it found. */
  find: string;
  targets: CompetencyRef[];
  attribution: Attribution[];
  /** Why the last change was refused. */
  error?: string | undefined;
}

function Fact({ term, children }: { term: string; children?: Child }) {
  if (children === null || children === undefined || children === '') return null;

  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Facts({ competency }: { competency: CompetencyDetail }) {
  const framework = frameworkHref(competency.frameworkId, competency.parent?.id);

  return (
    <section class="card" aria-label={ADMIN_WORDS.competencyFacts}>
      <dl class="facts">
        <Fact term={ADMIN_WORDS.codeFact}>{competency.code}</Fact>
        <Fact term={ADMIN_WORDS.frameworkFact}>
          <a href={framework}>{competency.frameworkTitle}</a>
        </Fact>
        <Fact term={ADMIN_WORDS.parentFact}>
          {competency.parent ? <CompetencyLink competency={competency.parent} /> : null}
        </Fact>
        <Fact term={ADMIN_WORDS.kindFact}>{competency.kind}</Fact>
        <Fact term={ADMIN_WORDS.itemTypeFact}>{competency.itemType}</Fact>
        <Fact term={ADMIN_WORDS.descriptionFact}>{competency.description}</Fact>
        <Fact term={ADMIN_WORDS.altLabelsFact}>{competency.altLabels.join('; ')}</Fact>
        <Fact term={ADMIN_WORDS.uriFact}>{competency.uri}</Fact>
      </dl>
    </section>
  );
}

function MapBadgeForm({ competencyId, csrf }: { competencyId: string; csrf: string }) {
  return (
    <form class="card" method="post" action="/admin/badge-mappings">
      <h3>{ADMIN_WORDS.mapBadgeHeading}</h3>
      <CsrfField token={csrf} />
      <input type="hidden" name="competencyId" value={competencyId} />
      <input type="hidden" name="back" value={competencyHref(competencyId)} />
      <BadgeFields achievementId="" />
      <button type="submit">{ADMIN_WORDS.mapBadge}</button>
    </form>
  );
}

/** The competency page. */
export function CompetencyPage(props: CompetencyPageProps) {
  const { competency, viewer } = props;
  const csrf = viewer.csrfToken;

  return (
    <AdminFrame title={competency.label} viewer={viewer} typeAhead>
      <FormError heading={ADMIN_WORDS.changeRefusedHeading} text={props.error} />
      <Facts competency={competency} />
      <EquivalentsSection equivalents={props.equivalents} />
      <section aria-labelledby="edges-heading">
        <h2 id="edges-heading">{ADMIN_WORDS.edgesHeading}</h2>
        <EdgesTable edges={props.edges} competencyId={competency.id} csrf={csrf} />
      </section>
      <AddEdgeForm
        competencyId={competency.id}
        csrf={csrf}
        find={props.find}
        targets={props.targets}
      />
      <section aria-labelledby="mappings-heading">
        <h2 id="mappings-heading">{ADMIN_WORDS.mappingsOfCompetency}</h2>
        <MappingsTable
          mappings={props.mappings}
          csrf={csrf}
          back={competencyHref(competency.id)}
          withCompetency={false}
        />
        <MapBadgeForm competencyId={competency.id} csrf={csrf} />
      </section>
      <AttributionSection attribution={props.attribution} />
    </AdminFrame>
  );
}
