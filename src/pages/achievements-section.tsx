// The achievements a credential awards and the skills frameworks their alignments point into,
// shown as text and plain links (a link is shown only when it is an http(s) URL).
import type { ReportAchievement, ReportAlignment } from '../verify/report/types';
import { asText } from './format';
import { NESTED_WORDS } from './report-words';

function safeLink(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function AlignmentItem({ alignment }: { alignment: ReportAlignment }) {
  const name =
    asText(alignment.targetName) ?? asText(alignment.targetCode) ?? NESTED_WORDS.untitled;
  const link = safeLink(alignment.targetUrl);
  const framework = asText(alignment.targetFramework);

  return (
    <li>
      {link ? (
        <a href={link} rel="noopener noreferrer nofollow">
          {name}
        </a>
      ) : (
        name
      )}
      {framework ? ` · ${framework}` : ''}
      {alignment.targetCode ? <code> {asText(alignment.targetCode)}</code> : null}
    </li>
  );
}

export function AchievementsSection({ achievements }: { achievements?: ReportAchievement[] }) {
  const aligned = (achievements ?? []).filter((a) => a.alignment.length > 0);
  if (aligned.length === 0) return null;

  return (
    <section>
      <h2>{NESTED_WORDS.alignmentsHeading}</h2>
      <p>{NESTED_WORDS.alignmentsIntro}</p>
      {aligned.map((achievement) => (
        <div class="card nested">
          <strong>
            {asText(achievement.name) ?? asText(achievement.id) ?? NESTED_WORDS.untitled}
          </strong>
          <ul>
            {achievement.alignment.map((alignment) => (
              <AlignmentItem alignment={alignment} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
