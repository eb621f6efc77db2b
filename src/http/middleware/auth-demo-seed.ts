// First run on a developer's machine: when `DEMO_SEED="true"` and a request reaches a loopback
// host, seed the demo organisation into an empty database and print how to sign in. Checked once
// per isolate; a deployed Worker (never reached on a loopback host) never seeds.
import type { MiddlewareHandler } from 'hono';
import { demoSignInLine, isLoopbackUrl, seedDemoOrganisation } from '../../auth/first-run';
import { demoSeedEnabled, readPepper } from '../../auth/settings';
import type { AppEnv } from '../app-env';

/** Whether this request should trigger the demo seed. */
export function demoSeedApplies(env: object, url: string): boolean {
  return demoSeedEnabled(env) && isLoopbackUrl(url);
}

/** Seeds the demo organisation on the first local request after `npm start`. */
export function demoSeed(): MiddlewareHandler<AppEnv> {
  let checked = false;

  return async (c, next) => {
    if (!checked && demoSeedApplies(c.env, c.req.url)) {
      checked = true;
      const deps = { now: c.var.now(), pepper: readPepper(c.env) };
      // The demo password is public and local-only: this is the one log line that shows one.
      if (await seedDemoOrganisation(c.var.db, deps)) {
        console.log(demoSignInLine(new URL(c.req.url).origin));
      }
    }

    await next();
  };
}
