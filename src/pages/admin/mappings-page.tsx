// The badge mappings page: the mappings the organisation can see (optionally of one badge class)
// with where each came from and who made it, and the form that maps a badge class to a competency.
import { CsrfField } from '../auth/csrf-field';
import { FormError } from '../auth/form-error';
import { AdminFrame } from './admin-frame';
import { AttributionSection } from './attribution-section';
import { FindForm, PickerChoices } from './competency-picker';
import { BadgeFields, MappingsTable, type MappingView } from './mappings-table';
import { ADMIN_WORDS } from './messages';
import type { AdminViewer, Attribution, CompetencyRef } from './views';

export interface MappingsPageProps {
  viewer: AdminViewer;
  /** The badge class the list is narrowed to, or empty for every mapping. */
  achievement: string;
  mappings: MappingView[];
  moreHref?: string | undefined;
  /** The competency search of the form, and what it found. */
  find: string;
  choices: CompetencyRef[];
  attribution: Attribution[];
  error?: string | undefined;
}

function Filter({ achievement }: { achievement: string }) {
  return (
    <search>
      <form method="get" action="/admin/badge-mappings">
        <label for="achievement-filter">{ADMIN_WORDS.filterLabel}</label>
        <input id="achievement-filter" name="achievement" type="text" value={achievement} />
        <button type="submit">{ADMIN_WORDS.filterButton}</button>
        {achievement ? (
          <p>
            <a href="/admin/badge-mappings">{ADMIN_WORDS.showAll}</a>
          </p>
        ) : null}
      </form>
    </search>
  );
}

function AddMapping(props: MappingsPageProps) {
  const keep: Record<string, string> = props.achievement ? { achievement: props.achievement } : {};

  return (
    <section class="card" aria-labelledby="add-mapping-heading">
      <h2 id="add-mapping-heading">{ADMIN_WORDS.addMappingHeading}</h2>
      <FindForm
        action="/admin/badge-mappings"
        keep={keep}
        find={props.find}
        id="mapping-find"
        choicesId="mapping-choices"
        choiceName="competencyId"
      />
      <form method="post" action="/admin/badge-mappings">
        <CsrfField token={props.viewer.csrfToken} />
        <input type="hidden" name="back" value="/admin/badge-mappings" />
        <PickerChoices
          id="mapping-choices"
          name="competencyId"
          legend={ADMIN_WORDS.labelColumn}
          choices={props.choices}
        />
        <BadgeFields achievementId={props.achievement} />
        <button type="submit">{ADMIN_WORDS.mapBadge}</button>
      </form>
    </section>
  );
}

/** The badge mappings page. */
export function MappingsPage(props: MappingsPageProps) {
  const back = props.achievement
    ? `/admin/badge-mappings?achievement=${encodeURIComponent(props.achievement)}`
    : '/admin/badge-mappings';

  return (
    <AdminFrame title={ADMIN_WORDS.mappingsTitle} viewer={props.viewer} typeAhead>
      <p>{ADMIN_WORDS.mappingsIntro}</p>
      <FormError heading={ADMIN_WORDS.changeRefusedHeading} text={props.error} />
      <Filter achievement={props.achievement} />
      <MappingsTable mappings={props.mappings} csrf={props.viewer.csrfToken} back={back} />
      {props.moreHref ? (
        <p>
          <a href={props.moreHref}>{ADMIN_WORDS.moreMappings}</a>
        </p>
      ) : null}
      <AddMapping {...props} />
      <AttributionSection attribution={props.attribution} />
    </AdminFrame>
  );
}
