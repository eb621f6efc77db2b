// What a new password must be: long enough to resist guessing, short enough to hash cheaply.
// No composition rules (NIST SP 800-63B, 5.1.1.2): length is what counts.

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** Why a new password is refused, in words; null when it is acceptable. */
export function passwordProblem(password: string, confirmation: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return `Choose a password of at most ${MAX_PASSWORD_LENGTH} characters.`;
  }
  if (password !== confirmation) return 'The two passwords are not the same.';
  return null;
}
