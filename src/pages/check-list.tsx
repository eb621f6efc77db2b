// The ordered list of checks, shared by the report page and the reports nested in it.
import type { Check } from '../verify/report/types';
import { asText } from './format';
import { CHECK_NAMES, CHECK_STATUS_LABELS } from './messages';

function CheckItem({ check }: { check: Check }) {
  return (
    <li>
      <span class={`status status-${check.status}`}>{CHECK_STATUS_LABELS[check.status]}</span>
      <span class="check-name">{CHECK_NAMES[check.id] ?? asText(check.id)}</span>
      <p class="check-message">{asText(check.message)}</p>
      <p class="code">{asText(check.code)}</p>
    </li>
  );
}

export function CheckList({ checks }: { checks: Check[] }) {
  return (
    <ol class="checks">
      {checks.map((check) => (
        <CheckItem check={check} />
      ))}
    </ol>
  );
}
