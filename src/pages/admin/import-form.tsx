// The import form: what kind of file, the files (or, for CASE, a CASE API URL), and what to say
// about the framework when the file does not say it (title, version, source, licence, attribution).
import { IMPORT_KINDS, type ImportKind } from '../../taxonomy/framework-target';
import { CsrfField } from '../auth/csrf-field';
import { ADMIN_WORDS, KIND_LABELS } from './messages';

/** What the person typed, put back when the import is refused (never the files). */
export interface ImportFormValues {
  kind?: ImportKind | undefined;
  url?: string | undefined;
  title?: string | undefined;
  frameworkVersion?: string | undefined;
  source?: string | undefined;
  licence?: string | undefined;
  attribution?: string | undefined;
}

const ABOUT_FIELDS = [
  ['title', ADMIN_WORDS.titleLabel],
  ['frameworkVersion', ADMIN_WORDS.frameworkVersionLabel],
  ['source', ADMIN_WORDS.sourceLabel],
  ['licence', ADMIN_WORDS.licenceLabel],
  ['attribution', ADMIN_WORDS.attributionLabel],
] as const;

function AboutFields({ values }: { values: ImportFormValues }) {
  return (
    <fieldset>
      <legend>{ADMIN_WORDS.aboutLegend}</legend>
      {ABOUT_FIELDS.map(([name, label]) => (
        <>
          <label for={`import-${name}`}>{label}</label>
          <input
            id={`import-${name}`}
            name={name}
            type="text"
            maxlength={2000}
            value={values[name] ?? ''}
          />
        </>
      ))}
    </fieldset>
  );
}

/** The form; posts `multipart/form-data` to /admin/imports. */
export function ImportForm({ csrf, values = {} }: { csrf: string; values?: ImportFormValues }) {
  return (
    <form class="card" method="post" action="/admin/imports" enctype="multipart/form-data">
      <h2>{ADMIN_WORDS.importHeading}</h2>
      <CsrfField token={csrf} />
      <label for="import-kind">{ADMIN_WORDS.kindLabel}</label>
      <select id="import-kind" name="kind">
        {IMPORT_KINDS.map((kind) => (
          <option value={kind} selected={kind === (values.kind ?? 'case')}>
            {KIND_LABELS[kind]}
          </option>
        ))}
      </select>
      <label for="import-files">{ADMIN_WORDS.filesLabel}</label>
      <input id="import-files" name="file" type="file" multiple aria-describedby="files-hint" />
      <p id="files-hint" class="hint">
        {ADMIN_WORDS.filesHint}
      </p>
      <label for="import-url">{ADMIN_WORDS.caseUrlLabel}</label>
      <input
        id="import-url"
        name="url"
        type="url"
        value={values.url ?? ''}
        aria-describedby="url-hint"
      />
      <p id="url-hint" class="hint">
        {ADMIN_WORDS.caseUrlHint}
      </p>
      <AboutFields values={values} />
      <button type="submit">{ADMIN_WORDS.importButton}</button>
    </form>
  );
}
