// A structural problem found in a credential: a stable code and a sentence.

export interface Problem {
  code: string;
  message: string;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The id of an issuer or profile, written as a string or as an object with `id`. */
export function idOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return isObject(value) && typeof value.id === 'string' ? value.id : null;
}

/** True when the text parses as an absolute URI (a URL, a DID, a URN). */
export function isUri(value: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/.test(value);
}
