// Opens drizzle over the D1 binding. Cheap: one per request is fine.
import { type DrizzleD1Database, drizzle } from 'drizzle-orm/d1';
import * as schema from './schema';

/** The database handle every data-access function takes as its first argument. */
export type Db = DrizzleD1Database<typeof schema>;

/** Wraps a D1 binding (`env.DB`) for the data-access functions in `src/db/`. */
export function createDb(d1: D1Database): Db {
  return drizzle(d1, { schema });
}
