// Refuses request bodies over a size limit before any handler reads them.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../app-env';
import { ProblemError } from '../problems';

/** The largest API request body accepted: 1 MiB, the engine's own input limit. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Answers `payload_too_large` (413) when the body is over `maxBytes`. */
export function bodyLimit(maxBytes: number = MAX_BODY_BYTES): MiddlewareHandler<AppEnv> {
  return honoBodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ProblemError(
        'payload_too_large',
        `The request body is larger than ${maxBytes} bytes.`,
      );
    },
  });
}
