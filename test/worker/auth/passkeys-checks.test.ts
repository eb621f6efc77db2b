// The building blocks of the WebAuthn checks, one by one: DER signatures, authenticator data,
// COSE keys and the counter rule.
import { encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { checkSignCount } from '../../../src/auth/passkeys/authentication';
import { parseAuthenticatorData } from '../../../src/auth/passkeys/authenticator-data';
import { importCoseKey } from '../../../src/auth/passkeys/cose-key';
import { derToP1363 } from '../../../src/auth/passkeys/der-signature';
import { PasskeyError } from '../../../src/auth/passkeys/passkey-error';
import { p1363ToDer } from './passkeys-authenticator';

function codeOf(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    return error instanceof PasskeyError ? error.code : 'other';
  }
}

async function asyncCodeOf(check: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await check();
    return undefined;
  } catch (error) {
    return error instanceof PasskeyError ? error.code : 'other';
  }
}

describe('DER signatures to P1363', () => {
  it('round-trips r and s, short or with a high bit set', () => {
    const p1363 = new Uint8Array(64);
    p1363.set([0x00, 0x01], 0);
    p1363.fill(0xff, 32);

    expect(derToP1363(p1363ToDer(p1363), 32)).toEqual(p1363);
  });

  it('refuses a signature with bytes after the sequence', () => {
    const der = p1363ToDer(new Uint8Array(64).fill(1));
    const longer = new Uint8Array([...der, 0]);

    expect(codeOf(() => derToP1363(longer, 32))).toBe('signature_invalid');
  });

  it('refuses an integer with a needless leading zero', () => {
    const der = new Uint8Array([0x30, 0x08, 0x02, 0x02, 0x00, 0x01, 0x02, 0x02, 0x00, 0x01]);

    expect(codeOf(() => derToP1363(der, 32))).toBe('signature_invalid');
  });

  it('refuses a negative integer', () => {
    const der = new Uint8Array([0x30, 0x06, 0x02, 0x01, 0x80, 0x02, 0x01, 0x01]);

    expect(codeOf(() => derToP1363(der, 32))).toBe('signature_invalid');
  });

  it('refuses an integer longer than the curve allows', () => {
    const big = new Uint8Array(33).fill(0x11);
    const der = new Uint8Array([0x30, 38, 0x02, 33, ...big, 0x02, 0x01, 0x01]);

    expect(codeOf(() => derToP1363(der, 32))).toBe('signature_invalid');
  });
});

describe('authenticator data', () => {
  const header = (flags: number) => new Uint8Array([...new Uint8Array(32), flags, 0, 0, 1, 2]);

  it('reads the flags and the big-endian counter', () => {
    const data = parseAuthenticatorData(header(0x1d));

    expect(data.flags).toEqual({
      userPresent: true,
      userVerified: true,
      backupEligible: true,
      backedUp: true,
    });
    expect(data.signCount).toBe(258);
  });

  it('refuses data shorter than its fixed part', () => {
    expect(codeOf(() => parseAuthenticatorData(new Uint8Array(36)))).toBe('credential_malformed');
  });

  it('refuses bytes after the last part', () => {
    const data = new Uint8Array([...header(0x05), 0]);

    expect(codeOf(() => parseAuthenticatorData(data))).toBe('credential_malformed');
  });

  it('refuses the extensions flag without extensions', () => {
    expect(codeOf(() => parseAuthenticatorData(header(0x85)))).toBe('credential_malformed');
  });

  it('reads extensions after the fixed part', () => {
    const data = new Uint8Array([...header(0x85), ...encode({ credProtect: 2 })]);

    expect(parseAuthenticatorData(data).signCount).toBe(258);
  });

  it('refuses a credential id length beyond the data', () => {
    const attested = new Uint8Array([...new Uint8Array(16), 0x00, 0x40, 1, 2, 3]);
    const data = new Uint8Array([...header(0x45), ...attested]);

    expect(codeOf(() => parseAuthenticatorData(data))).toBe('credential_malformed');
  });
});

describe('COSE keys', () => {
  const p256 = (overrides: [number, unknown][] = []) =>
    encode(
      new Map<number, unknown>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, new Uint8Array(32).fill(1)],
        [-3, new Uint8Array(32).fill(2)],
        ...overrides,
      ]),
    );

  it('refuses an algorithm that was not offered (ES384)', async () => {
    expect(await asyncCodeOf(() => importCoseKey(p256([[3, -35]])))).toBe('algorithm_unsupported');
  });

  it('refuses an ES256 key on another curve', async () => {
    expect(await asyncCodeOf(() => importCoseKey(p256([[-1, 2]])))).toBe('public_key_invalid');
  });

  it('refuses a point that is not on the curve', async () => {
    expect(await asyncCodeOf(() => importCoseKey(p256()))).toBe('public_key_invalid');
  });

  it('refuses an RSA key under 2048 bits', async () => {
    const key = encode(
      new Map<number, unknown>([
        [1, 3],
        [3, -257],
        [-1, new Uint8Array(128).fill(0xc1)],
        [-2, new Uint8Array([1, 0, 1])],
      ]),
    );

    expect(await asyncCodeOf(() => importCoseKey(key))).toBe('public_key_invalid');
  });

  it('refuses duplicate map keys', async () => {
    // A map of two entries whose keys are both 3 (alg), written by hand: encoders merge them.
    const bytes = new Uint8Array([0xa2, 0x03, 0x26, 0x03, 0x27]);

    expect(await asyncCodeOf(() => importCoseKey(bytes))).toBe('credential_malformed');
  });
});

describe('the signature counter', () => {
  it.each([
    [0, 0, undefined],
    [0, 1, undefined],
    [5, 6, undefined],
    [5, 5, 'counter_regression'],
    [5, 4, 'counter_regression'],
    [5, 0, 'counter_regression'],
  ])('stored %i, received %i', (stored, received, code) => {
    expect(codeOf(() => checkSignCount(stored, received))).toBe(code);
  });
});
