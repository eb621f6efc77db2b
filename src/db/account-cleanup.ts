// Removes what access no longer needs: expired sessions and finished rate-limit windows. Meant
// for the daily cron, beside the clean-up of expired reports.
import { lte } from 'drizzle-orm';
import type { Db } from './client';
import { rateLimitWindows, sessions } from './schema';

export interface AccountCleanupResult {
  sessions: number;
  rateLimitWindows: number;
}

/** Deletes sessions and rate-limit windows that ended at or before `now`, in one batch. */
export async function deleteExpiredAccessRows(db: Db, now: Date): Promise<AccountCleanupResult> {
  const [ended, windows] = await db.batch([
    db.delete(sessions).where(lte(sessions.expiresAt, now)),
    db.delete(rateLimitWindows).where(lte(rateLimitWindows.expiresAt, now)),
  ]);

  return { sessions: ended.meta.changes, rateLimitWindows: windows.meta.changes };
}
