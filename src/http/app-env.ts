// The types Hono carries through the app: the Worker bindings and the per-request services.
import type { Access } from '../auth/access';
import type { Db } from '../db/client';
import type { DocumentFetcher } from '../fetch/types';

/** Long-lived services handed to `createApp` once per isolate. */
export interface Services {
  /** The outbound guard; one per isolate so its cache and per-host rate limit persist. */
  fetcher: DocumentFetcher;
  /** The clock. The only place the web layer learns the time. */
  now: () => Date;
}

/** What handlers find in `c.var`. */
export interface AppVariables extends Services {
  requestId: string;
  db: Db;
  /** Days a stored report is kept, from `REPORT_TTL_DAYS`. */
  reportTtlDays: number;
  /** Who is asking: a signed-in member, an API key, or null (set by `authenticate`). */
  access: Access | null;
}

export interface AppEnv {
  Bindings: Env;
  Variables: AppVariables;
}
