// The --now option's reader: ISO 8601 dates and date-times with an offset, nothing looser.
import { describe, expect, it } from 'vitest';
import { parseIsoInstant } from '../../../src/cli/iso-instant';

describe('parseIsoInstant', () => {
  it.each([
    ['2026-01-31', '2026-01-31T00:00:00.000Z'],
    ['2026-01-31T09:30Z', '2026-01-31T09:30:00.000Z'],
    ['2026-01-31T09:30:15.250Z', '2026-01-31T09:30:15.250Z'],
    ['2026-01-31T09:30:00+01:00', '2026-01-31T08:30:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseIsoInstant(text)?.toISOString()).toBe(iso);
  });

  it.each([
    'next tuesday',
    '2026-01-31T09:30:00',
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-01-31T24:00Z',
    '31/01/2026',
    '1767225600',
  ])('refuses %s', (text) => {
    expect(parseIsoInstant(text)).toBeNull();
  });
});
