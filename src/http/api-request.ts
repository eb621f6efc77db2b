// Reads the body of POST /api/v1/verifications: `application/json` with `url` or `credential`,
// `application/jwt` holding a compact JWT, or `multipart/form-data` with an uploaded `file`.
// Refusals are request errors (problem+json).
import type { VerificationInput } from '../verify/index';
import { MAX_FILE_BYTES } from '../verify/input/limits';
import { refuse } from './problems';
import { chooseInput, chooseRecipient, type InputFields } from './verification-input';

export const JSON_MEDIA_TYPE = 'application/json';
export const JWT_MEDIA_TYPE = 'application/jwt';
export const MULTIPART_MEDIA_TYPE = 'multipart/form-data';
export const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

/** The largest multipart body: a 5 MiB file and room for boundaries, headers and small fields. */
export const MAX_MULTIPART_BYTES = MAX_FILE_BYTES + 64 * 1024;

/** A request body read: what to verify, and the bytes that make it "the same request". */
export interface ApiRequest {
  input: VerificationInput;
  /** The candidate identity to compare with the credential's recipient, when one was given. */
  recipient?: string;
  mediaType: string;
  /** For `Idempotency-Key`: the body, or for multipart (whose boundary varies) the input. */
  fingerprintBody: Uint8Array;
}

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

type ReadBody = { input: VerificationInput; recipient?: string };

function fromFields(fields: InputFields): ReadBody {
  const input = chooseInput(fields);
  const recipient = chooseRecipient(fields);
  return recipient === undefined ? { input } : { input, recipient };
}

function parseJsonBody(text: string): ReadBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse('json_malformed', 'The request body is not well-formed JSON.');
  }

  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return refuse('input_missing', 'Expected a JSON object with `url` or `credential`.');
  }
  return fromFields(parsed);
}

/** The engine input for a JSON or JWT request body of the given media type (an essence). */
export function readApiRequest(mediaType: string, body: Uint8Array): ReadBody {
  if (mediaType !== JSON_MEDIA_TYPE && mediaType !== JWT_MEDIA_TYPE) {
    const detail = `Send ${JSON_MEDIA_TYPE}, ${JWT_MEDIA_TYPE} or ${MULTIPART_MEDIA_TYPE}.`;
    if (mediaType !== '' || body.length > 0) refuse('media_type_unsupported', detail);
  }

  const text = decodeUtf8(body);
  if (text === null) {
    const code = mediaType === JWT_MEDIA_TYPE ? 'input_invalid' : 'json_malformed';
    return refuse(code, 'The request body is not valid UTF-8.');
  }
  if (text.trim() === '') return refuse('input_missing', 'The request body is empty.');

  if (mediaType === JWT_MEDIA_TYPE) return { input: { kind: 'text', text: text.trim() } };
  return parseJsonBody(text);
}

function isPresent(value: File | string): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value.size > 0;
}

async function fieldValue(values: Array<File | string>, name: string): Promise<unknown> {
  const present = values.filter(isPresent);
  if (present.length > 1) refuse('input_ambiguous', `Send one \`${name}\`, not several.`);

  const value = present[0];
  if (value === undefined || typeof value === 'string') return value;
  if (value.size > MAX_FILE_BYTES) refuse('payload_too_large', 'The file is larger than 5 MiB.');
  return new Uint8Array(await value.arrayBuffer());
}

/**
 * The fields of a parsed form: `url` and `credential` as sent, an uploaded `file` as its bytes.
 * Empty fields count as absent; other fields are ignored.
 */
export async function readFormFields(form: FormData): Promise<InputFields> {
  return {
    url: await fieldValue(form.getAll('url'), 'url'),
    credential: await fieldValue(form.getAll('credential'), 'credential'),
    file: await fieldValue(form.getAll('file'), 'file'),
    recipient: await fieldValue(form.getAll('recipient'), 'recipient'),
  };
}

/** Parses form data (multipart or urlencoded); a body that does not parse is `input_invalid`. */
export async function parseFormData(read: () => Promise<FormData>): Promise<FormData> {
  try {
    return await read();
  } catch {
    return refuse('input_invalid', 'The form data in the request body could not be read.');
  }
}

/** "The same request" for a multipart body: the chosen input, whatever the boundary was. */
function inputFingerprint(input: VerificationInput, recipient = ''): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  if (input.kind !== 'file') return encode(JSON.stringify([input, recipient]));

  const prefix = encode(`file\n${JSON.stringify(recipient)}\n`);
  const bytes = new Uint8Array(prefix.length + input.bytes.length);
  bytes.set(prefix);
  bytes.set(input.bytes, prefix.length);
  return bytes;
}

/** Reads any accepted request body: JSON, a JWT, or a multipart upload. */
export async function readVerificationRequest(
  contentType: string | undefined,
  body: Uint8Array,
): Promise<ApiRequest> {
  const mediaType = mediaTypeEssence(contentType);
  if (mediaType !== MULTIPART_MEDIA_TYPE) {
    return { ...readApiRequest(mediaType, body), mediaType, fingerprintBody: body };
  }

  const headers = { 'content-type': contentType ?? '' };
  const bytes = body as Uint8Array<ArrayBuffer>;
  const form = await parseFormData(() => new Response(bytes, { headers }).formData());

  const read = fromFields(await readFormFields(form));
  const fingerprint = inputFingerprint(read.input, read.recipient);
  return { ...read, mediaType, fingerprintBody: fingerprint };
}
