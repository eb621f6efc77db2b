// The issuer's identifier, whether `issuer` is a string or an object with an `id`.

export function issuerIdOf(issuer: unknown): string | null {
  if (typeof issuer === 'string') return issuer;

  const isObject = issuer !== null && typeof issuer === 'object' && !Array.isArray(issuer);
  const id = isObject ? (issuer as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
}
