// Reads the body of POST /api/v1/verifications: `application/json` with `url` or `credential`,
// or `application/jwt` holding a compact JWT. Refusals are request errors (problem+json).
import type { VerificationInput } from '../verify/index';
import { refuse } from './problems';
import { chooseInput } from './verification-input';

export const JSON_MEDIA_TYPE = 'application/json';
export const JWT_MEDIA_TYPE = 'application/jwt';

/** The media type without parameters, lower-cased: `application/json; charset=utf-8` → essence. */
export function mediaTypeEssence(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function decodeUtf8(body: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body);
  } catch {
    return null;
  }
}

function parseJsonBody(text: string): VerificationInput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse('json_malformed', 'The request body is not well-formed JSON.');
  }

  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return refuse('input_missing', 'Expected a JSON object with `url` or `credential`.');
  }
  return chooseInput(parsed);
}

/** The engine input for a request body of the given media type (an essence). */
export function readApiRequest(mediaType: string, body: Uint8Array): VerificationInput {
  if (mediaType !== JSON_MEDIA_TYPE && mediaType !== JWT_MEDIA_TYPE) {
    const detail = `Send ${JSON_MEDIA_TYPE} or ${JWT_MEDIA_TYPE}.`;
    if (mediaType !== '' || body.length > 0) refuse('media_type_unsupported', detail);
  }

  const text = decodeUtf8(body);
  if (text === null) {
    const code = mediaType === JWT_MEDIA_TYPE ? 'input_invalid' : 'json_malformed';
    return refuse(code, 'The request body is not valid UTF-8.');
  }
  if (text.trim() === '') return refuse('input_missing', 'The request body is empty.');

  if (mediaType === JWT_MEDIA_TYPE) return { kind: 'text', text: text.trim() };
  return parseJsonBody(text);
}
