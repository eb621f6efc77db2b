// The organisation's front page: its name, the member's role and what that role may do.
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '../auth/messages';
import { ORG_WORDS } from './messages';
import { OrgFrame } from './org-frame';
import type { Viewer } from './viewer';

/** The overview of the member's organisation. */
export function OverviewPage({ viewer }: { viewer: Viewer }) {
  return (
    <OrgFrame title={viewer.organisationName} viewer={viewer}>
      <section class="card">
        <dl class="facts">
          <dt>{ORG_WORDS.yourRole}</dt>
          <dd>
            {ROLE_LABELS[viewer.role]}: {ROLE_DESCRIPTIONS[viewer.role]}
          </dd>
        </dl>
      </section>
    </OrgFrame>
  );
}
