// Why an import failed, in words: the detail, and the file, row and column (or JSON pointer)
// where the problem is, so a person can find the cell and fix it.
import { ADMIN_WORDS } from './messages';

/** A refused or failed import as the pages show it. */
export interface ImportErrorView {
  detail: string;
  /** "row 12, column skillUri of skills.csv", when the problem is in a file. */
  where: string | null;
  pointer: string | null;
}

/** The alert; nothing when there is no error. */
export function ImportErrorNotice({ error }: { error?: ImportErrorView | undefined }) {
  if (!error) return null;

  return (
    <div class="alert" role="alert">
      <h2>{ADMIN_WORDS.importRefusedHeading}</h2>
      <p>{error.detail}</p>
      {error.where ? <p>{`${ADMIN_WORDS.whereLabel}: ${error.where}`}</p> : null}
      {error.pointer ? (
        <p>
          {`${ADMIN_WORDS.pointerLabel}: `}
          <code>{error.pointer}</code>
        </p>
      ) : null}
    </div>
  );
}
