// One structured log line per request. It names the route, never bodies, queries or submitted
// URLs, so no credential or personal data reaches the logs.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';

const MAX_PATH_LENGTH = 200;

/** Logs `{ event: 'request', requestId, method, path, status, durationMs }` after each request. */
export function accessLog(now: () => Date): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = now().getTime();

    await next();

    const line = {
      event: 'request',
      requestId: c.var.requestId,
      method: c.req.method,
      path: c.req.path.slice(0, MAX_PATH_LENGTH),
      status: c.res.status,
      durationMs: now().getTime() - started,
    };
    console.log(JSON.stringify(line));
  };
}
