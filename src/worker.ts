// The Worker entry: `fetch` serves the app; `scheduled` (a daily cron) deletes expired reports,
// idempotency keys, challenges, sessions, rate-limit windows and stale taxonomy imports. The
// isolate's long-lived services are created here, once.
import { createDb } from './db/client';
import { deleteExpiredAccessRows } from './db/account-cleanup';
import { deleteExpired } from './db/cleanup';
import { cleanUpTaxonomy } from './db/taxonomy-cleanup';
import { createGuardedFetcher } from './fetch/index';
import { createApp } from './http/app';

/** The clock: the only place the Worker reads the time. */
const now = () => new Date();

const app = createApp({ fetcher: createGuardedFetcher({ now: () => now().getTime() }), now });

async function removeExpired(env: Env, scheduledTime: number): Promise<void> {
  const db = createDb(env.DB);
  const time = new Date(scheduledTime);
  const removed = await deleteExpired(db, time);
  await deleteExpiredAccessRows(db, time);
  await cleanUpTaxonomy(db, time);

  console.log(JSON.stringify({ event: 'cleanup', removed }));
}

export default {
  fetch: app.fetch,

  async scheduled(controller, env, ctx) {
    ctx.waitUntil(removeExpired(env, controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;
