// Gives every request an id: a sane incoming `X-Request-Id` is kept, anything else is replaced.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';

const HEADER = 'X-Request-Id';
const SANE_ID = /^[A-Za-z0-9._:=-]{1,128}$/;

/** Sets `c.var.requestId` and echoes it in the `X-Request-Id` response header. */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header(HEADER);
    const id = incoming && SANE_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set('requestId', id);

    await next();

    c.res.headers.set(HEADER, id);
  };
}
