// Chooses what to verify from the fields of a request (API JSON body or home-page form): exactly
// one of `url` or `credential`. Refusals are request errors; nothing is verified or stored.
import { checkUrl } from '../fetch/index';
import type { VerificationInput } from '../verify/index';
import { MAX_INPUT_BYTES } from '../verify/input/limits';
import { refuse } from './problems';

export interface InputFields {
  url?: unknown;
  credential?: unknown;
}

/** Absent, null and blank strings all mean "not given", so an empty form field counts as absent. */
function given(value: unknown): boolean {
  if (value === undefined || value === null) return false;
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

/** The engine input for these fields; throws `ProblemError` when there is not exactly one. */
export function chooseInput(fields: InputFields): VerificationInput {
  const hasUrl = given(fields.url);
  const hasCredential = given(fields.credential);

  if (hasUrl && hasCredential) {
    refuse('input_ambiguous', 'Give either a link or a credential, not both.');
  }
  if (hasUrl) return fromUrl(fields.url);
  if (hasCredential) return fromCredential(fields.credential);

  return refuse('input_missing', 'Nothing to verify: give a link (`url`) or a `credential`.');
}
