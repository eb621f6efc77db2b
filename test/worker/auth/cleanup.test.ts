import { describe, expect, it } from 'vitest';
import { SESSION_LIFETIME_MS, signIn } from '../../../src/auth/sessions';
import { hitRateLimit, RATE_LIMITS } from '../../../src/auth/rate-limit';
import { deleteExpiredAccessRows } from '../../../src/db/account-cleanup';
import { countRows, createTestOrganisation, db } from './support/organisations';

const T0 = new Date('2026-11-01T09:00:00.000Z');

describe('the daily clean-up of access rows', () => {
  it('deletes expired sessions and finished rate-limit windows, and keeps live ones', async () => {
    const org = await createTestOrganisation('cleanup', T0);
    await signIn(db, org.owner.id, T0, null);
    await hitRateLimit(db, RATE_LIMITS.signInPerIp, '192.0.2.5', T0);
    const cutoff = new Date(T0.getTime() + SESSION_LIFETIME_MS);
    await signIn(db, org.admin.id, new Date(cutoff.getTime() - 1000), null);
    await hitRateLimit(db, RATE_LIMITS.signInPerIp, '192.0.2.6', cutoff);

    const removed = await deleteExpiredAccessRows(db, cutoff);

    expect(removed).toEqual({ sessions: 1, rateLimitWindows: 1 });
    expect(await countRows('sessions')).toBe(1);
    expect(await countRows('rate_limit_windows')).toBe(1);
  });
});
