// Query parameters of the taxonomy API: bounded `limit`s, opaque `cursor`s (an offset, encoded),
// and the organisation a request acts for.
import type { Context } from 'hono';
import type { AppEnv } from '../app-env';
import { refuse } from '../problems';

/** The largest page any taxonomy list returns. */
export const MAX_LIMIT = 100;

/** `limit` from the query: an integer from 1 to `max`, `fallback` when absent. */
export function readLimit(c: Context<AppEnv>, fallback = 20, max = MAX_LIMIT): number {
  const text = c.req.query('limit');
  if (text === undefined) return fallback;

  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    refuse('parameter_invalid', `limit must be a whole number from 1 to ${max}.`);
  }
  return limit;
}

/** A cursor for the page that starts at `offset`. */
export function cursorFor(offset: number | null): string | null {
  return offset === null ? null : btoa(`o:${offset}`).replace(/=+$/, '');
}

/** The offset a `cursor` query parameter stands for (0 without one). */
export function readCursor(c: Context<AppEnv>): number {
  const cursor = c.req.query('cursor');
  if (cursor === undefined || cursor === '') return 0;

  let offset = Number.NaN;
  try {
    const match = /^o:(\d{1,9})$/.exec(atob(cursor));
    offset = match ? Number(match[1]) : Number.NaN;
  } catch {
    offset = Number.NaN;
  }
  if (!Number.isSafeInteger(offset))
    refuse('parameter_invalid', 'cursor is not one this API gave.');
  return offset;
}

/**
 * The organisation a taxonomy request acts for: the signed-in member's or the API key's, which
 * sees the public reference data plus its own private frameworks, edges and mappings. Without
 * an account (and with the operator token) a request acts for the public reference data only.
 */
export function requestOrganisation(c: Context<AppEnv>): string | null {
  return c.var.access?.organisation.id ?? null;
}

/** A short text field (a name, a note), trimmed, or null; refused when too long. */
export function shortText(value: unknown, field: string, max = 500): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return refuse('input_invalid', `${field} must be a string.`);

  const text = value.trim();
  if (text.length > max) refuse('input_invalid', `${field} is longer than ${max} characters.`);
  return text === '' ? null : text;
}
