// Vitest global setup for the browser tests: checks that Chromium is there, starts the Worker
// once for the whole run, hands its address to the tests, and stops it at the end.
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium';
import { startWranglerServer } from './wrangler-server';

declare module 'vitest' {
  interface ProvidedContext {
    /** Where `wrangler dev` answers, such as `http://127.0.0.1:40123`. */
    baseUrl: string;
    /** The `--persist-to` directory holding the run's local D1 database. */
    persistTo: string;
  }
}

/** Starts the server; the returned function is the teardown, run even when tests fail. */
export default async function setup(project: TestProject) {
  chromiumPath();

  const server = await startWranglerServer();
  project.provide('baseUrl', server.baseUrl);
  project.provide('persistTo', server.persistTo);

  return () => server.stop();
}
