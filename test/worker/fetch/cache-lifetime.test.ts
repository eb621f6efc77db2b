import { describe, expect, it } from 'vitest';
import { cacheLifetime, type LifetimeCaps } from '../../../src/fetch/cache-lifetime';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const CAPS: LifetimeCaps = {
  callerMaxSeconds: undefined,
  globalMaxSeconds: 3600,
  defaultSeconds: 300,
};

function lifetime(headers: Record<string, string>, caps = CAPS) {
  return cacheLifetime(new Headers(headers), NOW, caps);
}

describe('cacheLifetime', () => {
  it('uses max-age', () => {
    expect(lifetime({ 'cache-control': 'public, max-age=600' })).toBe(600);
  });

  it('prefers s-maxage over max-age', () => {
    expect(lifetime({ 'cache-control': 'max-age=600, s-maxage=120' })).toBe(120);
  });

  it('subtracts the Age the answer already has', () => {
    expect(lifetime({ 'cache-control': 'max-age=600', age: '500' })).toBe(100);
  });

  it.each([['no-store'], ['no-cache'], ['private, max-age=600'], ['max-age=0']])(
    'does not cache with "%s"',
    (cacheControl) => {
      expect(lifetime({ 'cache-control': cacheControl })).toBe(0);
    },
  );

  it('treats a malformed max-age as stale', () => {
    expect(lifetime({ 'cache-control': 'max-age=soon' })).toBe(0);
  });

  it('uses Expires measured from the server Date', () => {
    const headers = {
      date: 'Sun, 01 Mar 2026 10:00:00 GMT',
      expires: 'Sun, 01 Mar 2026 10:02:00 GMT',
    };
    expect(lifetime(headers)).toBe(120);
  });

  it('treats an invalid Expires such as "0" as already expired', () => {
    expect(lifetime({ expires: '0' })).toBe(0);
  });

  it('uses the default when the server says nothing', () => {
    expect(lifetime({})).toBe(300);
  });

  it('is capped by the guard and by the caller', () => {
    expect(lifetime({ 'cache-control': 'max-age=86400' })).toBe(3600);
    expect(lifetime({ 'cache-control': 'max-age=600' }, { ...CAPS, callerMaxSeconds: 60 })).toBe(
      60,
    );
  });
});
