// Chooses what to verify from the fields of a request (API body or home-page form): exactly one
// of `url`, `credential` or an uploaded `file`. Refusals are request errors; nothing is stored.
import { checkUrl } from '../fetch/index';
import type { VerificationInput } from '../verify/index';
import { MAX_FILE_BYTES, MAX_INPUT_BYTES } from '../verify/input/limits';
import { refuse } from './problems';

export interface InputFields {
  url?: unknown;
  credential?: unknown;
  /** An uploaded file's bytes (a baked PNG or SVG, JSON or a JWT); any other value is refused. */
  file?: unknown;
  /** The candidate's email, URL, phone or DID, to compare with the credential's recipient. */
  recipient?: unknown;
}

/** Longer than any email address, URL or DID a candidate would give. */
export const MAX_RECIPIENT_LENGTH = 512;

/** The candidate identity to check the recipient against, or undefined when none was given. */
export function chooseRecipient(fields: InputFields): string | undefined {
  if (!given(fields.recipient)) return undefined;

  const recipient = fields.recipient;
  if (typeof recipient !== 'string' || recipient.length > MAX_RECIPIENT_LENGTH) {
    return refuse(
      'input_invalid',
      `\`recipient\` must be text of at most ${MAX_RECIPIENT_LENGTH} characters.`,
    );
  }
  return recipient.trim();
}

/** Absent, null, blank strings and empty files all mean "not given" (an empty form field). */
function given(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (value instanceof Uint8Array) return value.length > 0;
  return typeof value !== 'string' || value.trim() !== '';
}

function fromUrl(url: unknown): VerificationInput {
  if (typeof url !== 'string') return refuse('input_invalid', '`url` must be a string.');

  const checked = checkUrl(url.trim());
  if (checked.ok) return { kind: 'url', url: checked.url.href };

  const code = checked.error.code === 'url_invalid' ? 'url_invalid' : 'url_forbidden';
  return refuse(code, checked.error.message);
}

function fromCredential(credential: unknown): VerificationInput {
  if (typeof credential === 'string') {
    if (new TextEncoder().encode(credential).length > MAX_INPUT_BYTES) {
      refuse('payload_too_large', 'The credential is larger than 1 MiB.');
    }
    return { kind: 'text', text: credential };
  }

  if (typeof credential === 'object' && credential !== null && !Array.isArray(credential)) {
    return { kind: 'json', value: credential };
  }
  return refuse('input_invalid', '`credential` must be a JSON object or a string.');
}

function fromFile(file: unknown): VerificationInput {
  if (!(file instanceof Uint8Array)) {
    return refuse(
      'input_invalid',
      '`file` must be an uploaded file (a form part with a filename).',
    );
  }
  if (file.length > MAX_FILE_BYTES) refuse('payload_too_large', 'The file is larger than 5 MiB.');

  return { kind: 'file', bytes: file };
}

function refuseMoreThanOne(hasFile: boolean): never {
  if (!hasFile) return refuse('input_ambiguous', 'Give either a link or a credential, not both.');
  return refuse('input_ambiguous', 'Give one thing to verify: a file, a credential or a link.');
}

/** The engine input for these fields; throws `ProblemError` when there is not exactly one. */
export function chooseInput(fields: InputFields): VerificationInput {
  const hasUrl = given(fields.url);
  const hasCredential = given(fields.credential);
  const hasFile = given(fields.file);

  if (Number(hasUrl) + Number(hasCredential) + Number(hasFile) > 1) refuseMoreThanOne(hasFile);
  if (hasUrl) return fromUrl(fields.url);
  if (hasCredential) return fromCredential(fields.credential);
  if (hasFile) return fromFile(fields.file);

  return refuse(
    'input_missing',
    'Nothing to verify: give a link (`url`), a `credential`, or upload a `file`.',
  );
}
