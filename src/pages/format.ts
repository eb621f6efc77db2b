// Small formatting helpers for views: instants in UTC, and untrusted values as plain text.

/** An instant as `2026-11-01 09:30 UTC`. */
export function formatInstant(instant: Date): string {
  return `${instant.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * A value from a credential as text, or null. Only strings and numbers pass: anything else
 * (an object planted in the JSON) is never handed to the renderer.
 */
export function asText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}
