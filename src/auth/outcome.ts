// The result of an organisation action: done, or refused with a stable code and a sentence the
// web layer shows as it is. The codes match problem codes in src/http/problems.ts.

export type RefusalCode = 'input_invalid' | 'forbidden' | 'not_found' | 'conflict';

export type Outcome<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; code: RefusalCode; message: string };

/** A successful outcome. */
export function done<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

/** A refused outcome. */
export function refused<T = never>(code: RefusalCode, message: string): Outcome<T> {
  return { ok: false, code, message };
}
