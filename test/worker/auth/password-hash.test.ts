import { describe, expect, it } from 'vitest';
import { equalBytes, equalStrings } from '../../../src/auth/constant-time';
import {
  CURRENT_PARAMETERS,
  hashPassword,
  PBKDF2_ITERATIONS,
  parsePasswordHash,
  verifyPassword,
} from '../../../src/auth/password-hash';
import { PepperMissingError, readPepper } from '../../../src/auth/settings';

const PEPPER = 'a-pepper-of-at-least-thirty-two-characters';
const PASSWORD = 'correct horse battery staple';

describe('a new password hash', () => {
  it('records algorithm, iterations, key length and pepper mode, then salt and hash', async () => {
    const stored = await hashPassword(PASSWORD, PEPPER);

    expect(stored).toMatch(
      /^\$pbkdf2-sha256\$i=100000,l=32,p=hmac-sha256\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/,
    );
  });

  it('uses 100,000 iterations, the cap of deployed Workers (not enforced locally)', () => {
    expect(PBKDF2_ITERATIONS).toBe(100_000);
    expect(CURRENT_PARAMETERS.iterations).toBe(PBKDF2_ITERATIONS);
  });

  it('gets a fresh salt every time', async () => {
    const first = parsePasswordHash(await hashPassword(PASSWORD, PEPPER));
    const second = parsePasswordHash(await hashPassword(PASSWORD, PEPPER));

    expect(first?.salt).not.toEqual(second?.salt);
    expect(first?.hash).not.toEqual(second?.hash);
  });

  it('never contains the password', async () => {
    expect(await hashPassword(PASSWORD, PEPPER)).not.toContain(PASSWORD);
  });
});

describe('checking a password', () => {
  it('matches the right password', async () => {
    const stored = await hashPassword(PASSWORD, PEPPER);

    expect(await verifyPassword(PASSWORD, stored, PEPPER)).toEqual({
      matches: true,
      needsRehash: false,
    });
  });

  it('refuses a wrong password', async () => {
    const stored = await hashPassword(PASSWORD, PEPPER);

    expect((await verifyPassword('correct horse battery stapler', stored, PEPPER)).matches).toBe(
      false,
    );
  });

  it('refuses the right password under another pepper (stolen rows are not enough)', async () => {
    const stored = await hashPassword(PASSWORD, PEPPER);

    expect((await verifyPassword(PASSWORD, stored, `${PEPPER}-other`)).matches).toBe(false);
  });

  it('refuses a hash whose bytes were altered', async () => {
    const stored = await hashPassword(PASSWORD, PEPPER);
    const last = stored.at(-2) === 'A' ? 'B' : 'A';
    const altered = `${stored.slice(0, -2)}${last}${stored.at(-1)}`;

    expect((await verifyPassword(PASSWORD, altered, PEPPER)).matches).toBe(false);
  });

  it('refuses strings it did not write, without throwing', async () => {
    for (const stored of ['', 'plain', '$pbkdf2-sha256$i=0,l=32,p=none$AA$AA', '$md5$x$y$z']) {
      expect(await verifyPassword(PASSWORD, stored, PEPPER)).toEqual({
        matches: false,
        needsRehash: false,
      });
    }
  });

  it('refuses a stored iteration count above what workerd accepts', () => {
    const salt = 'A'.repeat(22);
    const hash = 'A'.repeat(43);

    expect(
      parsePasswordHash(`$pbkdf2-sha256$i=100001,l=32,p=hmac-sha256$${salt}$${hash}`),
    ).toBeNull();
  });
});

describe('hashes made with older parameters', () => {
  it('still verify, and ask to be upgraded (fewer iterations)', async () => {
    const old = await hashPassword(PASSWORD, PEPPER, { ...CURRENT_PARAMETERS, iterations: 1000 });

    expect(await verifyPassword(PASSWORD, old, PEPPER)).toEqual({
      matches: true,
      needsRehash: true,
    });
  });

  it('still verify, and ask to be upgraded (no pepper)', async () => {
    const old = await hashPassword(PASSWORD, PEPPER, { ...CURRENT_PARAMETERS, pepper: 'none' });

    expect(await verifyPassword(PASSWORD, old, PEPPER)).toEqual({
      matches: true,
      needsRehash: true,
    });
  });

  it('do not ask for an upgrade when the password is wrong', async () => {
    const old = await hashPassword(PASSWORD, PEPPER, { ...CURRENT_PARAMETERS, iterations: 1000 });

    expect(await verifyPassword('wrong', old, PEPPER)).toEqual({
      matches: false,
      needsRehash: false,
    });
  });
});

describe('constant-time comparison', () => {
  it('tells equal and unequal byte strings apart', () => {
    expect(equalBytes(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 3))).toBe(true);
    expect(equalBytes(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2, 4))).toBe(false);
    expect(equalBytes(Uint8Array.of(1, 2, 3), Uint8Array.of(1, 2))).toBe(false);
    expect(equalStrings('token', 'token')).toBe(true);
    expect(equalStrings('token', 'tokeN')).toBe(false);
  });
});

describe('the pepper setting', () => {
  it('is required, and at least 32 characters long', () => {
    expect(() => readPepper({})).toThrow(PepperMissingError);
    expect(() => readPepper({ PASSWORD_PEPPER: 'short' })).toThrow(PepperMissingError);
    expect(readPepper({ PASSWORD_PEPPER: PEPPER })).toBe(PEPPER);
  });
});
