// Open Badges dates: 2.0 writes ISO 8601 date-times; 1.0 and 0.5 also allow a bare date or a
// Unix timestamp in seconds. Read them into one form, and refuse days no calendar has.

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A bare date becomes midnight UTC and a timestamp an ISO date-time; anything else is kept. */
export function normaliseDate(value: unknown): unknown {
  const seconds = typeof value === 'number' ? value : Number.NaN;
  const digits = typeof value === 'string' && /^\d{9,11}$/.test(value) ? Number(value) : seconds;
  if (Number.isFinite(digits)) return new Date(digits * 1000).toISOString();

  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00Z`;
  return value;
}

function realDay(year: number, month: number, day: number): boolean {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= last;
}

/** Milliseconds since the epoch, or null when the text is not a date-time on a real day. */
export function parseDate(value: string): number | null {
  const match = DATE_TIME.exec(value);
  if (!match) return null;

  const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number];
  if (!realDay(year, month, day)) return null;

  const time = Date.parse(value);
  return Number.isFinite(time) ? time : null;
}
