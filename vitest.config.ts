// Tests that run inside workerd, against the real Worker and a migrated local D1.
import path from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, 'migrations'));

  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            // Test-only secrets; the deployed Worker gets real ones with `wrangler secret put`.
            PASSWORD_PEPPER: 'test-pepper-0123456789abcdef0123456789abcdef',
          },
        },
      }),
    ],
    test: {
      include: ['test/worker/**/*.test.ts', 'test/worker/**/*.test.tsx'],
      setupFiles: ['test/worker/setup.ts'],
    },
  };
});
