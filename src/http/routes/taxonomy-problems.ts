// Turns the taxonomy's own failures into problems: a bad file is `import_invalid` with the file,
// row, column (and JSON pointer) as members of the problem, a job in the wrong state
// `import_conflict`. Anything else passes through to the one error handler.
import type { Context, Handler } from 'hono';
import { ImportConflictError, ImportInvalidError } from '../../taxonomy/import-error';
import type { AppEnv } from '../app-env';
import { ProblemError } from '../problems';

/** The problem a taxonomy error stands for, or the error itself. */
export function taxonomyProblem(error: unknown): unknown {
  if (error instanceof ImportInvalidError) {
    const { file, row, column, pointer } = error.location;
    const extensions = { file, row, column, ...(pointer === undefined ? {} : { pointer }) };
    return new ProblemError('import_invalid', error.message, {}, extensions);
  }
  if (error instanceof ImportConflictError)
    return new ProblemError('import_conflict', error.message);
  return error;
}

/** A handler whose taxonomy errors become problems. */
export function withProblems(handler: (c: Context<AppEnv>) => Promise<Response>): Handler<AppEnv> {
  return async (c) => {
    try {
      return await handler(c);
    } catch (error) {
      throw taxonomyProblem(error);
    }
  };
}
