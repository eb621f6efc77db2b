// A competency search field: a labelled text input that the type-ahead script enhances with a
// list of suggestions and a live count. Without the script it is a plain field of its form.
import { ADMIN_WORDS } from './messages';
import { SUGGESTIONS_PATH } from './views';

export interface TypeAheadFieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  /** "links": a suggestion opens the competency; "pick": it becomes the chosen radio button. */
  mode: 'links' | 'pick';
  /** For "pick": the element holding the radio buttons, and their name. */
  choicesId?: string;
  choiceName?: string;
}

/** The field, its (empty, hidden) suggestions list and its live status line. */
export function TypeAheadField(props: TypeAheadFieldProps) {
  const list = `${props.id}-suggestions`;
  const status = `${props.id}-status`;

  return (
    <>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.name}
        type="text"
        value={props.value}
        maxlength={200}
        aria-controls={list}
        data-typeahead={props.mode}
        data-source={SUGGESTIONS_PATH}
        data-list={list}
        data-status={status}
        data-choices={props.choicesId}
        data-choice-name={props.choiceName}
        data-none={ADMIN_WORDS.noSuggestions}
        data-failed={ADMIN_WORDS.suggestionsFailed}
        data-count={ADMIN_WORDS.suggestionsCount}
      />
      <p id={status} class="hint" role="status" aria-live="polite" />
      <ul id={list} class="suggestions" aria-label={ADMIN_WORDS.suggestionsLabel} hidden />
    </>
  );
}
