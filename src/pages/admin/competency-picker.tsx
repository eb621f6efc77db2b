// Picking a competency (an edge's target, a badge mapping's competency) works without scripts: a
// search form reloads the page with `find`, whose results become radio buttons of the form that
// changes something. With the script, a suggestion picked while typing becomes that radio button.
import { ADMIN_WORDS } from './messages';
import { TypeAheadField } from './type-ahead-field';
import type { CompetencyRef } from './views';

export interface FindFormProps {
  /** The page to reload with `find`, and the query parameters to keep. */
  action: string;
  keep?: Record<string, string>;
  find: string;
  /** The id of the search field; the choices it fills are `choicesId`, named `choiceName`. */
  id: string;
  choicesId: string;
  choiceName: string;
}

/** The search half: a GET form with the type-ahead field. */
export function FindForm(props: FindFormProps) {
  return (
    <search>
      <form method="get" action={props.action}>
        {Object.entries(props.keep ?? {}).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <TypeAheadField
          id={props.id}
          name="find"
          label={ADMIN_WORDS.findLabel}
          value={props.find}
          mode="pick"
          choicesId={props.choicesId}
          choiceName={props.choiceName}
        />
        <button type="submit">{ADMIN_WORDS.findButton}</button>
      </form>
    </search>
  );
}

function choiceText(choice: CompetencyRef): string {
  const more = [choice.code, choice.frameworkTitle].filter(Boolean).join(' · ');
  return more ? `${choice.label} (${more})` : choice.label;
}

export interface PickerChoicesProps {
  id: string;
  name: string;
  legend: string;
  choices: CompetencyRef[];
}

/** The choosing half, inside the form that changes something: one radio button per choice. */
export function PickerChoices({ id, name, legend, choices }: PickerChoicesProps) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div id={id}>
        {choices.length === 0 ? <p class="hint">{ADMIN_WORDS.findFirst}</p> : null}
        {choices.map((choice, index) => (
          <div>
            <input
              type="radio"
              id={`${id}-${index}`}
              name={name}
              value={choice.id}
              checked={choices.length === 1}
              required
            />{' '}
            <label class="check" for={`${id}-${index}`}>
              {choiceText(choice)}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
