// Reads the JSON object body of a taxonomy write, keeping the exact bytes for its fingerprint.
import type { Context } from 'hono';
import { mediaTypeEssence } from '../api-request';
import type { AppEnv } from '../app-env';
import { refuse } from '../problems';

export interface JsonBody {
  fields: Record<string, unknown>;
  bytes: Uint8Array;
}

/** The body as a JSON object; an empty body counts as `{}` when `optional`. */
export async function readJsonBody(c: Context<AppEnv>, optional = false): Promise<JsonBody> {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (optional && bytes.length === 0) return { fields: {}, bytes };

  if (mediaTypeEssence(c.req.header('content-type')) !== 'application/json') {
    refuse('media_type_unsupported', 'Send application/json.');
  }

  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return refuse('json_malformed', 'The request body is not well-formed JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse('input_invalid', 'Expected a JSON object.');
  }
  return { fields: value as Record<string, unknown>, bytes };
}

/** A required short string field. */
export function requiredText(fields: Record<string, unknown>, name: string, max = 2048): string {
  const value = fields[name];
  if (typeof value !== 'string' || value.trim() === '') {
    return refuse('input_missing', `${name} is required.`);
  }
  if (value.length > max) refuse('input_invalid', `${name} is longer than ${max} characters.`);
  return value.trim();
}
