// Comparison whose running time does not depend on where two secrets first differ.

/** Whether two byte strings are equal, looking at every byte. Lengths are not secret. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;

  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** Whether two strings are equal, compared as UTF-8 bytes in constant time. */
export function equalStrings(a: string, b: string): boolean {
  const encoder = new TextEncoder();

  return equalBytes(encoder.encode(a), encoder.encode(b));
}
