// Import failures as the admin pages show them: a refused file (`ImportInvalidError`), a job in
// the wrong state, or the error a failed job recorded, each with the place in the file in words.
import type { ImportErrorView } from '../../pages/admin/import-error';
import {
  describeLocation,
  ImportConflictError,
  ImportInvalidError,
} from '../../taxonomy/import-error';

/** A sentence of the person's own making, not the file's. */
export function formRefusal(detail: string): ImportErrorView {
  return { detail, where: null, pointer: null };
}

/** The view of a taxonomy error with its status; null for any other error (rethrow it). */
export function importErrorOf(error: unknown): { view: ImportErrorView; status: 400 | 409 } | null {
  if (error instanceof ImportInvalidError) {
    const where = describeLocation(error.location);
    const view = { detail: error.message, where, pointer: error.location.pointer ?? null };
    return { view, status: 400 };
  }
  if (error instanceof ImportConflictError)
    return { view: formRefusal(error.message), status: 409 };
  return null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The error a failed job recorded (a code, a detail, and the file, row and column if any). */
export function jobErrorView(error: Record<string, unknown> | null): ImportErrorView | null {
  if (!error) return null;

  const file = text(error.file);
  const row = typeof error.row === 'number' ? error.row : null;
  const where = file ? describeLocation({ file, row, column: text(error.column) }) : null;
  const detail = text(error.detail) ?? text(error.code) ?? '';
  return { detail, where, pointer: text(error.pointer) };
}
