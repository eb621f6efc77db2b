// Verification ids: 128 random bits in base64url, so a report cannot be found by guessing.

const ID_BYTES = 16;
const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** A fresh id: 22 base64url characters holding 128 random bits. */
export function newVerificationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(ID_BYTES));
  const base64 = btoa(String.fromCharCode(...bytes));

  return base64.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** Whether `id` has the shape of an id this service hands out (and so is worth a lookup). */
export function isWellFormedId(id: string): boolean {
  return ID_PATTERN.test(id);
}
