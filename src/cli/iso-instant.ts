// Reads the `--now` option: an ISO 8601 date, or a date-time with `Z` or a UTC offset.

const DATE = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const TIME = String.raw`T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))`;
const ISO_8601 = new RegExp(`^${DATE}(?:${TIME})?$`);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function inRange(value: string | undefined, max: number, min = 0): boolean {
  return value === undefined || (Number(value) >= min && Number(value) <= max);
}

/**
 * The instant an ISO 8601 text names, or null when it is not one. A date alone means midnight
 * UTC; a date-time needs `Z` or an offset, because a local time would depend on the machine.
 */
export function parseIsoInstant(text: string): Date | null {
  const match = ISO_8601.exec(text);
  if (!match) return null;

  const [, year, month, day, hour, minute, second, offsetHour, offsetMinute] = match;
  const monthOk = inRange(month, 12, 1);
  if (!monthOk || !inRange(day, daysInMonth(Number(year), Number(month)), 1)) return null;
  if (!inRange(hour, 23) || !inRange(minute, 59) || !inRange(second, 59)) return null;
  if (!inRange(offsetHour, 23) || !inRange(offsetMinute, 59)) return null;

  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
