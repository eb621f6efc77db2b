// Passkey challenges in D1: issued for one ceremony and one subject, taken once, never after
// they expire; issuing a new one clears the expired ones.
import { describe, expect, it } from 'vitest';
import { issuePasskeyChallenge, takePasskeyChallenge } from '../../../src/db/passkeys';
import { countRows, db } from './support/organisations';

const NOW = new Date('2026-11-20T10:00:00Z');
const LATER = new Date(NOW.getTime() + 60_000);

function challenge(name: string, overrides: { expiresAt?: Date } = {}) {
  return {
    challenge: name.padEnd(43, 'A'),
    ceremony: 'authentication' as const,
    subject: 'browser:one',
    createdAt: NOW,
    expiresAt: new Date(NOW.getTime() + 300_000),
    ...overrides,
  };
}

describe('passkey challenges', () => {
  it('is taken once for its ceremony and subject', async () => {
    const issued = challenge('once');
    await issuePasskeyChallenge(db, issued);

    expect(await takePasskeyChallenge(db, issued, LATER)).toBe(true);
    expect(await takePasskeyChallenge(db, issued, LATER)).toBe(false);
  });

  it('is not taken for another ceremony, and stays for its own', async () => {
    const issued = challenge('ceremony');
    await issuePasskeyChallenge(db, issued);

    expect(await takePasskeyChallenge(db, { ...issued, ceremony: 'registration' }, LATER)).toBe(
      false,
    );
    expect(await takePasskeyChallenge(db, issued, LATER)).toBe(true);
  });

  it('is not taken by another subject, and stays for its own', async () => {
    const issued = challenge('subject');
    await issuePasskeyChallenge(db, issued);

    expect(await takePasskeyChallenge(db, { ...issued, subject: 'browser:two' }, LATER)).toBe(
      false,
    );
    expect(await takePasskeyChallenge(db, issued, LATER)).toBe(true);
  });

  it('is not taken once expired', async () => {
    const issued = challenge('expired', { expiresAt: LATER });
    await issuePasskeyChallenge(db, issued);

    expect(await takePasskeyChallenge(db, issued, LATER)).toBe(false);
  });

  it('clears expired challenges when a new one is issued', async () => {
    await issuePasskeyChallenge(db, challenge('stale', { expiresAt: LATER }));

    await issuePasskeyChallenge(db, { ...challenge('fresh'), createdAt: LATER });

    expect(await countRows('passkey_challenges', `challenge LIKE 'stale%'`)).toBe(0);
  });
});
