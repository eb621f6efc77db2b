// Opens the local D1 database for the command line through wrangler's platform proxy: the same
// SQLite files `wrangler dev` and `wrangler d1 execute --local` use, and the same data-access
// code as the Worker. Loaded only by `proofpath import`.
import { join } from 'node:path';
import { createDb, type Db } from '../db/client';
import { UsageError } from './exit-codes';

export interface LocalDatabase {
  db: Db;
  close(): Promise<void>;
}

interface D1Config {
  binding: string;
  database_name?: string;
}

/** The binding of the D1 database named by binding or database_name (the first by default). */
function bindingFor(databases: D1Config[], name: string | null): string {
  const found =
    name === null
      ? databases[0]
      : databases.find((d) => d.binding === name || d.database_name === name);
  if (!found) {
    const known = databases.map((d) => d.database_name ?? d.binding).join(', ') || 'none';
    throw new UsageError(
      `no D1 database '${name ?? ''}' in the wrangler configuration (there is: ${known})`,
    );
  }
  return found.binding;
}

async function checkMigrated(d1: D1Database): Promise<void> {
  const table = await d1
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'import_jobs'")
    .first();
  if (!table) {
    throw new UsageError(
      'the local database has no taxonomy tables: run npm run db:migrate:local first',
    );
  }
}

/** Opens the local database; `persistTo` is wrangler's `--persist-to` folder. */
export async function openLocalDatabase(
  config: string,
  database: string | null,
  persistTo: string | null,
): Promise<LocalDatabase> {
  const wrangler = await import('wrangler');
  const read = wrangler.unstable_readConfig({ config });
  const binding = bindingFor((read.d1_databases ?? []) as D1Config[], database);

  const persist = persistTo === null ? true : { path: join(persistTo, 'v3') };
  const proxy = await wrangler.getPlatformProxy({ configPath: config, persist });
  const d1 = (proxy.env as Record<string, unknown>)[binding] as D1Database;
  try {
    await checkMigrated(d1);
  } catch (error) {
    await proxy.dispose();
    throw error;
  }
  return { db: createDb(d1), close: () => proxy.dispose() };
}
