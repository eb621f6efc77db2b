// Fixed-window counters in D1 for the rate limiter: one row per subject and policy, counted up
// in a single upsert so concurrent requests cannot both read the same count.
import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { rateLimitWindows } from './schema';

/** The count of a window after this hit, and when that window started. */
export interface WindowCount {
  count: number;
  windowStart: Date;
}

/** Counts one hit on `key` in the window starting at `windowStart`; an older window restarts. */
export async function countHit(
  db: Db,
  key: string,
  windowStart: Date,
  expiresAt: Date,
): Promise<WindowCount> {
  const sameWindow = sql`${rateLimitWindows.windowStart} = excluded.window_start`;
  const row = await db
    .insert(rateLimitWindows)
    .values({ key, windowStart, count: 1, expiresAt })
    .onConflictDoUpdate({
      target: rateLimitWindows.key,
      set: {
        count: sql`CASE WHEN ${sameWindow} THEN ${rateLimitWindows.count} + 1 ELSE 1 END`,
        windowStart: sql`excluded.window_start`,
        expiresAt: sql`excluded.expires_at`,
      },
    })
    .returning({ count: rateLimitWindows.count, windowStart: rateLimitWindows.windowStart })
    .get();

  return row ?? { count: 1, windowStart };
}
