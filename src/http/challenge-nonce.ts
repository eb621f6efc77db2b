// One-time presentation challenges: 256 random bits in base64url, valid for ten minutes.

const CHALLENGE_BYTES = 32;

/** How long an issued challenge can be answered. */
export const CHALLENGE_LIFETIME_MS = 10 * 60 * 1000;

/** A fresh nonce: 43 base64url characters holding 256 random bits. */
export function newChallenge(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(CHALLENGE_BYTES));
  const base64 = btoa(String.fromCharCode(...bytes));

  return base64.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
