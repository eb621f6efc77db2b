// One-time presentation challenges: store a new one, and use one exactly once. Using is a single
// conditional UPDATE, so two verifications racing for the same nonce cannot both get it fresh.
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from './client';
import { challenges } from './schema';

export interface NewChallenge {
  challenge: string;
  domain: string;
  createdAt: Date;
  expiresAt: Date;
}

/** `fresh`: issued, unused and unexpired until now (and now used); otherwise why it is not. */
export type ChallengeState = 'fresh' | 'used' | 'expired' | 'unknown';

export interface UsedChallenge {
  state: ChallengeState;
  /** The domain it was issued for; null when it was never issued. */
  domain: string | null;
}

export async function insertChallenge(db: Db, record: NewChallenge): Promise<void> {
  await db.insert(challenges).values(record);
}

/**
 * Marks the challenge used at `now` if it is issued, unused and unexpired, in one statement, and
 * says `fresh`. Otherwise nothing changes, and the state says why: `used`, `expired`, `unknown`.
 */
export async function useChallenge(db: Db, challenge: string, now: Date): Promise<UsedChallenge> {
  const usable = and(
    eq(challenges.challenge, challenge),
    isNull(challenges.usedAt),
    gt(challenges.expiresAt, now),
  );
  const fresh = await db
    .update(challenges)
    .set({ usedAt: now })
    .where(usable)
    .returning({ domain: challenges.domain })
    .get();
  if (fresh) return { state: 'fresh', domain: fresh.domain };

  const found = await db.select().from(challenges).where(eq(challenges.challenge, challenge)).get();
  if (!found) return { state: 'unknown', domain: null };

  return { state: found.usedAt ? 'used' : 'expired', domain: found.domain };
}
