// How long an answer may be reused, from the server's own caching headers (RFC 9111), capped by
// the caller and the guard. Zero means "do not cache".

export interface LifetimeCaps {
  /** The caller's cap for this document, in seconds. */
  callerMaxSeconds: number | undefined;
  /** The guard's cap for any document, in seconds. */
  globalMaxSeconds: number;
  /** Used when the server says nothing, in seconds. */
  defaultSeconds: number;
}

function directives(cacheControl: string | null): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of (cacheControl ?? '').split(',')) {
    const [name = '', value = ''] = part.split('=', 2).map((piece) => piece.trim());
    if (name !== '') found.set(name.toLowerCase(), value.replace(/^"|"$/g, ''));
  }
  return found;
}

function deltaSeconds(value: string): number {
  return /^\d+$/.test(value) ? Number(value) : 0;
}

function fromExpires(headers: Headers, nowMs: number): number {
  const expires = Date.parse(headers.get('expires') ?? '');
  if (Number.isNaN(expires)) return 0;

  // RFC 9111 4.2.1: freshness is Expires minus the server's own Date, so clock skew cancels out.
  const date = Date.parse(headers.get('date') ?? '');
  const base = Number.isNaN(date) ? nowMs : date;
  return Math.floor((expires - base) / 1000);
}

/** The server's own freshness lifetime, in seconds, before any cap. */
export function serverLifetime(headers: Headers, nowMs: number, defaultSeconds: number): number {
  const found = directives(headers.get('cache-control'));
  if (found.has('no-store') || found.has('no-cache') || found.has('private')) return 0;

  const age = deltaSeconds(headers.get('age') ?? '0');
  const maxAge = found.get('s-maxage') ?? found.get('max-age');
  if (maxAge !== undefined) return deltaSeconds(maxAge) - age;

  if (headers.has('expires')) return fromExpires(headers, nowMs);

  return defaultSeconds;
}

/** Seconds an answer may be kept: the server's lifetime, capped; never below zero. */
export function cacheLifetime(headers: Headers, nowMs: number, caps: LifetimeCaps): number {
  const server = serverLifetime(headers, nowMs, caps.defaultSeconds);
  const caller = caps.callerMaxSeconds ?? Number.POSITIVE_INFINITY;
  return Math.max(0, Math.min(server, caller, caps.globalMaxSeconds));
}
