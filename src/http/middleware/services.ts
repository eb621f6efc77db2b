// Hands the services to handlers through `c.var`: the fetcher, the clock, the database and the
// report lifetime. Nothing reaches a handler through a module global.
import type { MiddlewareHandler } from 'hono';
import { createDb } from '../../db/client';
import type { AppEnv, Services } from '../app-env';

const DEFAULT_TTL_DAYS = 30;
const MAX_TTL_DAYS = 3650;

/** Reads `REPORT_TTL_DAYS`: whole days from 1 to 3650, 30 when unset. */
export function parseTtlDays(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_TTL_DAYS;

  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > MAX_TTL_DAYS) {
    throw new Error('REPORT_TTL_DAYS must be a whole number of days from 1 to 3650.');
  }
  return days;
}

/** Sets `fetcher`, `now`, `db` and `reportTtlDays` on the context. */
export function provideServices(services: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('fetcher', services.fetcher);
    c.set('now', services.now);
    c.set('db', createDb(c.env.DB));
    c.set('reportTtlDays', parseTtlDays(c.env.REPORT_TTL_DAYS));

    await next();
  };
}
