// Badge mappings as a table (on the mappings page and on a competency's page): the badge class,
// the competency, the band, where the mapping came from and who made it, and a remove button on
// the organisation's own mappings.
import { CsrfField } from '../auth/csrf-field';
import { formatInstant } from '../format';
import { CompetencyLink } from './competency-table';
import { ADMIN_WORDS, BAND_LABELS, MAPPING_ORIGIN_LABELS } from './messages';
import type { CompetencyRef } from './views';

/** Level bands, lowest first. */
export const BANDS = ['foundational', 'core', 'advanced'] as const;

export type Band = (typeof BANDS)[number];

/** One mapping as the table shows it. */
export interface MappingView {
  id: string;
  achievementId: string;
  /** Null when the competency is no longer visible (it never is for a live mapping). */
  competency: CompetencyRef | null;
  band: Band;
  origin: string;
  createdBy: string | null;
  updatedAt: Date;
  /** True for the organisation's own mapping, which it may remove. */
  own: boolean;
}

export interface MappingsTableProps {
  mappings: MappingView[];
  csrf: string;
  /** The page to come back to after a removal. */
  back: string;
  /** Leaves out the competency column (on the competency's own page). */
  withCompetency?: boolean;
}

function RemoveMapping({
  mapping,
  csrf,
  back,
}: {
  mapping: MappingView;
  csrf: string;
  back: string;
}) {
  return (
    <form class="inline" method="post" action={`/admin/badge-mappings/${mapping.id}/remove`}>
      <CsrfField token={csrf} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" aria-label={`${ADMIN_WORDS.removeMapping} ${mapping.achievementId}`}>
        {ADMIN_WORDS.removeMapping}
      </button>
    </form>
  );
}

function MappingRow(props: { mapping: MappingView } & MappingsTableProps) {
  const { mapping } = props;

  return (
    <tr>
      <td>
        <code>{mapping.achievementId}</code>
      </td>
      {props.withCompetency === false ? null : (
        <td>{mapping.competency ? <CompetencyLink competency={mapping.competency} /> : ''}</td>
      )}
      <td>{BAND_LABELS[mapping.band]}</td>
      <td>
        {MAPPING_ORIGIN_LABELS[mapping.origin] ?? mapping.origin}
        {mapping.createdBy ? <span class="hint">{` (${mapping.createdBy})`}</span> : null}
      </td>
      <td>{formatInstant(mapping.updatedAt)}</td>
      <td>
        {mapping.own ? (
          <RemoveMapping mapping={mapping} csrf={props.csrf} back={props.back} />
        ) : (
          ADMIN_WORDS.publicEdge
        )}
      </td>
    </tr>
  );
}

/** The table, or a sentence when there is no mapping. */
export function MappingsTable(props: MappingsTableProps) {
  if (props.mappings.length === 0) return <p>{ADMIN_WORDS.noMappings}</p>;

  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{ADMIN_WORDS.badgeColumn}</th>
          {props.withCompetency === false ? null : <th scope="col">{ADMIN_WORDS.labelColumn}</th>}
          <th scope="col">{ADMIN_WORDS.bandColumn}</th>
          <th scope="col">{ADMIN_WORDS.originColumn}</th>
          <th scope="col">{ADMIN_WORDS.updatedColumn}</th>
          <th scope="col">{ADMIN_WORDS.actionsColumn}</th>
        </tr>
      </thead>
      <tbody>
        {props.mappings.map((mapping) => (
          <MappingRow mapping={mapping} {...props} />
        ))}
      </tbody>
    </table>
  );
}

/** The badge class and band fields of a form that maps a badge. */
export function BadgeFields({ achievementId }: { achievementId: string }) {
  return (
    <>
      <label for="achievement-id">{ADMIN_WORDS.achievementLabel}</label>
      <input
        id="achievement-id"
        name="achievementId"
        type="text"
        required
        maxlength={2000}
        value={achievementId}
        aria-describedby="achievement-id-hint"
      />
      <p id="achievement-id-hint" class="hint">
        {ADMIN_WORDS.achievementHint}
      </p>
      <label for="band">{ADMIN_WORDS.bandLabel}</label>
      <select id="band" name="band">
        {BANDS.map((band) => (
          <option value={band} selected={band === 'core'}>
            {BAND_LABELS[band]}
          </option>
        ))}
      </select>
    </>
  );
}
