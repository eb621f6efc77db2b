import { describe, expect, it } from 'vitest';
import { createHostRateLimiter } from '../../../src/fetch';

function limiter(requests: number, windowSeconds: number) {
  const clock = { now: Date.parse('2026-03-01T12:00:00Z') };
  const limit = createHostRateLimiter({ requests, windowSeconds, now: () => clock.now });
  return { limit, clock };
}

describe('createHostRateLimiter', () => {
  it('allows a burst up to the bucket size, then refuses', () => {
    const { limit } = limiter(3, 10);

    expect([1, 2, 3, 4].map(() => limit.take('example.org'))).toEqual([true, true, true, false]);
  });

  it('keeps a separate bucket per host', () => {
    const { limit } = limiter(1, 10);
    limit.take('a.example');

    expect(limit.take('a.example')).toBe(false);
    expect(limit.take('b.example')).toBe(true);
  });

  it('refills evenly over the window', () => {
    const { limit, clock } = limiter(2, 10);
    limit.take('example.org');
    limit.take('example.org');

    clock.now += 4_999;
    expect(limit.take('example.org')).toBe(false);

    clock.now += 1;
    expect(limit.take('example.org')).toBe(true);
    expect(limit.take('example.org')).toBe(false);
  });

  it('never holds more than a full bucket after a long pause', () => {
    const { limit, clock } = limiter(2, 10);
    clock.now += 3_600_000;

    expect([1, 2, 3].map(() => limit.take('example.org'))).toEqual([true, true, false]);
  });
});
