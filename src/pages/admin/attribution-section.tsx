// The notice every page that shows a framework's data carries: each framework's source, version,
// licence and the attribution its licence requires.
import { ADMIN_WORDS } from './messages';
import type { Attribution } from './views';

function Notice({ item }: { item: Attribution }) {
  const title = item.version ? `${item.title} (${item.version})` : item.title;

  return (
    <li>
      <strong>{title}</strong>
      {item.source ? <span>{` · ${ADMIN_WORDS.sourceFact}: ${item.source}`}</span> : null}
      {item.licence ? <span>{` · ${ADMIN_WORDS.licenceFact}: ${item.licence}`}</span> : null}
      {item.attribution ? <p class="hint">{item.attribution}</p> : null}
    </li>
  );
}

/** Lists the attribution of the frameworks a page shows; nothing when it shows none. */
export function AttributionSection({ attribution }: { attribution: Attribution[] }) {
  if (attribution.length === 0) return null;

  return (
    <section aria-labelledby="attribution-heading">
      <h2 id="attribution-heading">{ADMIN_WORDS.attributionHeading}</h2>
      <ul class="attribution">
        {attribution.map((item) => (
          <Notice item={item} />
        ))}
      </ul>
    </section>
  );
}
