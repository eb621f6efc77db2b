// The Worker entry: `fetch` serves the app; `scheduled` (a daily cron) deletes expired reports
// and idempotency keys. The isolate's long-lived services are created here, once.
import { createDb } from './db/client';
import { deleteExpired } from './db/cleanup';
import { createGuardedFetcher } from './fetch/index';
import { createApp } from './http/app';

/** The clock: the only place the Worker reads the time. */
const now = () => new Date();

const app = createApp({ fetcher: createGuardedFetcher({ now: () => now().getTime() }), now });

async function removeExpired(env: Env, scheduledTime: number): Promise<void> {
  const removed = await deleteExpired(createDb(env.DB), new Date(scheduledTime));

  console.log(JSON.stringify({ event: 'cleanup', removed }));
}

export default {
  fetch: app.fetch,

  async scheduled(controller, env, ctx) {
    ctx.waitUntil(removeExpired(env, controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;
