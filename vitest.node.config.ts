// Tests that run in Node: the command line, and checks of the bundled data against npm packages.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/node/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
