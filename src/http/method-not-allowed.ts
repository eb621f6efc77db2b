// A handler for the other methods on a known API path: 405 with an `Allow` header.
import type { Handler } from 'hono';
import type { AppEnv } from './app-env';
import { ProblemError } from './problems';

/** Refuses the request with `method_not_allowed`, naming the methods that are offered. */
export function methodNotAllowed(allow: string): Handler<AppEnv> {
  return (c) => {
    const detail = `${c.req.method} is not offered here. Allowed: ${allow}.`;
    throw new ProblemError('method_not_allowed', detail, { Allow: allow });
  };
}
