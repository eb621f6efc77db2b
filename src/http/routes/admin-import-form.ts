// Reads the admin import form (multipart): the kind, the uploaded files or a CASE API URL (the
// package is fetched through the outbound guard), and what to say about the framework. What the
// person must fix comes back as a refusal with a sentence, never as an exception.
import type { Context } from 'hono';
import { checkUrl } from '../../fetch/index';
import type { ImportErrorView } from '../../pages/admin/import-error';
import type { ImportFormValues } from '../../pages/admin/import-form';
import { IMPORT_KINDS, type ImportKind, type ImportOptions } from '../../taxonomy/framework-target';
import type { ImportFile } from '../../taxonomy/import-read';
import type { AppEnv } from '../app-env';
import { formRefusal, importErrorOf } from './admin-import-errors';
import { decode } from './taxonomy-import-body';

type Ctx = Context<AppEnv>;

/** An import the form asks for. */
export interface ImportAsked {
  kind: ImportKind;
  files: ImportFile[];
  options: ImportOptions;
  sourceUrl: string | null;
}

/** The form read: the import, or why not (the status says whose fault); `values` to show again. */
export type ImportFormOutcome = { values: ImportFormValues } & (
  | { ok: true; asked: ImportAsked }
  | { ok: false; status: 400 | 502; error: ImportErrorView }
);

const OPTION_FIELDS = ['title', 'frameworkVersion', 'source', 'licence', 'attribution'] as const;
const MAX_OPTION_LENGTH = 2000;

function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

function valuesOf(form: FormData): ImportFormValues {
  const kind = textOf(form, 'kind');
  const values: ImportFormValues = { url: textOf(form, 'url') };
  if ((IMPORT_KINDS as readonly string[]).includes(kind)) values.kind = kind as ImportKind;
  for (const name of OPTION_FIELDS) values[name] = textOf(form, name);
  return values;
}

/** Uploaded files; a file input left empty sends a nameless empty part, which is not a file. */
function uploadsOf(form: FormData): File[] {
  return form
    .getAll('file')
    .filter((item): item is File => item instanceof File && (item.name !== '' || item.size > 0));
}

type Fetched =
  | { ok: true; file: ImportFile; url: string }
  | { ok: false; status: 400 | 502; error: ImportErrorView };

async function fetchPackage(c: Ctx, url: string): Promise<Fetched> {
  const checked = checkUrl(url);
  if (!checked.ok) return { ok: false, status: 400, error: formRefusal(checked.error.message) };

  const href = checked.url.href;
  const outcome = await c.var.fetcher.fetch(href, { kind: 'json' });
  if (!outcome.ok) {
    const status = outcome.error.code === 'url_forbidden' ? 400 : 502;
    return { ok: false, status, error: formRefusal(outcome.error.message) };
  }
  return { ok: true, file: { name: href, text: decode(href, outcome.document.body) }, url: href };
}

function refusalOf(kind: string, url: string, uploads: File[]): string | null {
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) return 'Choose what you are importing.';
  if (url !== '' && uploads.length > 0) return 'Give either files or a CASE API URL, not both.';
  if (url !== '' && kind !== 'case') return 'Only a CASE package can be fetched from a URL.';
  if (url === '' && uploads.length === 0) return 'Choose a file to import.';
  return null;
}

function optionsOf(values: ImportFormValues): ImportOptions | string {
  const options: ImportOptions = {};
  for (const name of OPTION_FIELDS) {
    const value = values[name] ?? '';
    if (value.length > MAX_OPTION_LENGTH)
      return `${name} is longer than ${MAX_OPTION_LENGTH} characters.`;
    options[name] = value === '' ? null : value;
  }
  return options;
}

function uploadName(file: File, index: number): string {
  return file.name.slice(0, 200) || `upload-${index + 1}`;
}

async function filesOf(uploads: File[]): Promise<ImportFile[]> {
  return Promise.all(
    uploads.map(async (file, index) => {
      const name = uploadName(file, index);
      return { name, text: decode(name, await file.arrayBuffer()) };
    }),
  );
}

type FilesFound =
  | { ok: true; files: ImportFile[]; sourceUrl: string | null }
  | { ok: false; status: 400 | 502; error: ImportErrorView };

async function filesFor(c: Ctx, url: string, uploads: File[]): Promise<FilesFound> {
  if (url === '') return { ok: true, files: await filesOf(uploads), sourceUrl: null };

  const fetched = await fetchPackage(c, url);
  return fetched.ok ? { ok: true, files: [fetched.file], sourceUrl: fetched.url } : fetched;
}

/** Reads the posted import form (parsed once already, by the CSRF check). */
export async function readImportForm(c: Ctx): Promise<ImportFormOutcome> {
  const form = await c.req.formData();
  const values = valuesOf(form);
  const uploads = uploadsOf(form);
  const url = values.url ?? '';

  const refusal = refusalOf(textOf(form, 'kind'), url, uploads);
  const options = optionsOf(values);
  if (refusal !== null || typeof options === 'string' || !values.kind) {
    const detail = refusal ?? (typeof options === 'string' ? options : '');
    return { ok: false, status: 400, error: formRefusal(detail), values };
  }

  try {
    const found = await filesFor(c, url, uploads);
    if (!found.ok) return { ...found, values };
    const asked = { kind: values.kind, files: found.files, options, sourceUrl: found.sourceUrl };
    return { ok: true, asked, values };
  } catch (error) {
    const refused = importErrorOf(error);
    if (!refused) throw error;
    return { ok: false, status: 400, error: refused.view, values };
  }
}
