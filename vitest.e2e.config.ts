// End-to-end tests in Node: a real `wrangler dev` and Debian's headless Chromium (test/e2e).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/global-setup.ts'],
    // One server and one local database for the run: files take turns, so counts stay exact.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 90_000,
  },
});
