// A competency's crosswalk edges: each with where it came from, who added it and why, and (for
// the organisation's own) a form to remove it with a reason; then the form that adds one.
import { EDGE_RELATIONS } from '../../taxonomy/vocabulary';
import { CsrfField } from '../auth/csrf-field';
import { formatInstant } from '../format';
import { FindForm, PickerChoices } from './competency-picker';
import { CompetencyLink } from './competency-table';
import { ADMIN_WORDS, EDGE_ORIGIN_LABELS, RELATION_LABELS } from './messages';
import { type CompetencyRef, competencyHref } from './views';

/** One live edge as the table shows it. */
export interface EdgeView {
  id: string;
  source: CompetencyRef;
  relation: string;
  target: CompetencyRef;
  origin: string;
  createdBy: string | null;
  note: string | null;
  createdAt: Date;
  /** True for the organisation's own edge, which it may remove. */
  own: boolean;
}

function describeEdge(edge: EdgeView): string {
  return `${edge.source.label} ${edge.relation} ${edge.target.label}`;
}

function RemoveEdge(props: { edge: EdgeView; competencyId: string; csrf: string }) {
  const { edge } = props;
  const noteId = `removal-note-${edge.id}`;
  const action = `${competencyHref(props.competencyId)}/edges/${edge.id}/remove`;

  return (
    <form class="inline" method="post" action={action}>
      <CsrfField token={props.csrf} />
      <label class="visually-hidden" for={noteId}>
        {ADMIN_WORDS.removalNoteLabel}
      </label>
      <input
        id={noteId}
        name="note"
        type="text"
        maxlength={2000}
        placeholder={ADMIN_WORDS.removalNoteLabel}
      />
      <button type="submit" aria-label={`${ADMIN_WORDS.removeEdge}: ${describeEdge(edge)}`}>
        {ADMIN_WORDS.removeEdge}
      </button>
    </form>
  );
}

function EdgeRow(props: { edge: EdgeView; competencyId: string; csrf: string }) {
  const { edge } = props;
  const who = [edge.createdBy, edge.note].filter(Boolean).join(': ');

  return (
    <tr>
      <td>
        <CompetencyLink competency={edge.source} />
      </td>
      <td>{edge.relation}</td>
      <td>
        <CompetencyLink competency={edge.target} />
      </td>
      <td>{EDGE_ORIGIN_LABELS[edge.origin] ?? edge.origin}</td>
      <td>
        {who}
        <span class="hint">{` ${formatInstant(edge.createdAt)}`}</span>
      </td>
      <td>{edge.own ? <RemoveEdge {...props} /> : ADMIN_WORDS.publicEdge}</td>
    </tr>
  );
}

/** The table of live edges touching the competency. */
export function EdgesTable(props: { edges: EdgeView[]; competencyId: string; csrf: string }) {
  if (props.edges.length === 0) return <p>{ADMIN_WORDS.noEdges}</p>;

  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{ADMIN_WORDS.sourceColumn}</th>
          <th scope="col">{ADMIN_WORDS.relationColumn}</th>
          <th scope="col">{ADMIN_WORDS.targetColumn}</th>
          <th scope="col">{ADMIN_WORDS.originColumn}</th>
          <th scope="col">{ADMIN_WORDS.byColumn}</th>
          <th scope="col">{ADMIN_WORDS.actionsColumn}</th>
        </tr>
      </thead>
      <tbody>
        {props.edges.map((edge) => (
          <EdgeRow edge={edge} competencyId={props.competencyId} csrf={props.csrf} />
        ))}
      </tbody>
    </table>
  );
}

export interface AddEdgeFormProps {
  competencyId: string;
  csrf: string;
  /** What was searched for a target, and what it found. */
  find: string;
  targets: CompetencyRef[];
}

/** Finds a target, then adds "this competency <relation> target" with a note. */
export function AddEdgeForm(props: AddEdgeFormProps) {
  const page = competencyHref(props.competencyId);

  return (
    <section class="card" aria-labelledby="add-edge-heading">
      <h2 id="add-edge-heading">{ADMIN_WORDS.addEdgeHeading}</h2>
      <p class="hint">{ADMIN_WORDS.addEdgeIntro}</p>
      <FindForm
        action={page}
        find={props.find}
        id="edge-find"
        choicesId="edge-targets"
        choiceName="targetId"
      />
      <form method="post" action={`${page}/edges`}>
        <CsrfField token={props.csrf} />
        <label for="relation">{ADMIN_WORDS.relationLabel}</label>
        <select id="relation" name="relation">
          {EDGE_RELATIONS.map((relation) => (
            <option value={relation}>{RELATION_LABELS[relation]}</option>
          ))}
        </select>
        <PickerChoices
          id="edge-targets"
          name="targetId"
          legend={ADMIN_WORDS.targetLegend}
          choices={props.targets}
        />
        <label for="edge-note">{ADMIN_WORDS.noteLabel}</label>
        <input id="edge-note" name="note" type="text" maxlength={2000} />
        <button type="submit">{ADMIN_WORDS.addEdge}</button>
      </form>
    </section>
  );
}
