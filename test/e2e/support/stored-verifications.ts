// Reads the run's local D1 through wrangler, to see whether a submission stored a report.
import { inject } from 'vitest';
import { runWrangler } from './wrangler-server';

interface ExecuteResult {
  results: { count: number }[];
}

/** How many verification reports the test server has stored so far. */
export async function countStoredVerifications(): Promise<number> {
  const sql = 'SELECT count(*) AS count FROM verifications';
  const args = ['d1', 'execute', 'DB', '--local', '--persist-to', inject('persistTo')];
  const stdout = await runWrangler([...args, '--command', sql, '--json']);

  const [first] = JSON.parse(stdout) as ExecuteResult[];
  const count = first?.results[0]?.count;
  if (typeof count !== 'number') throw new Error('wrangler d1 execute gave no count.');
  return count;
}
