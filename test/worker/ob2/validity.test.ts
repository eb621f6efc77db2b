// The validity period of an Open Badges assertion: `issuedOn` not in the future (five minutes of
// skew), `expires` honoured, and `expires` before `issuedOn` refused.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkOb2Validity } from '../../../src/verify/ob2/validity';
import { NOW } from '../support/engine';
import {
  ASSERTION_ID,
  checkOf,
  fixture,
  serve,
  VALIDATOR,
  validatorWeb,
  verifyOb2,
} from './support';

const server = setupServer(...validatorWeb);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function verifyHosted(name: string) {
  const path = `${VALIDATOR}/${name}`;
  server.use(serve(ASSERTION_ID, path));
  return verifyOb2(fixture(path));
}

describe('validity period of a hosted assertion', () => {
  it('fails an expired badge', async () => {
    const report = await verifyHosted('basic-assertion-expired.json');

    expect(report.verdict).toBe('invalid');
    expect(report.authentic).toBe(true);
    expect(checkOf(report, 'validity_period')).toMatchObject({
      status: 'failed',
      code: 'expired',
      details: { validUntil: '2022-11-15T23:59:59Z' },
    });
  });

  it('fails a badge issued in the future', async () => {
    const report = await verifyHosted('basic-assertion-in-future.json');

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'validity_period')).toMatchObject({
      status: 'failed',
      code: 'not_yet_valid',
    });
  });

  it('fails a badge that expires before it was issued', async () => {
    const report = await verifyHosted('basic-assertion-expired-before-issued.json');

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'validity_period')).toMatchObject({
      status: 'failed',
      code: 'expires_before_issued',
    });
  });
});

describe('dates', () => {
  const at = (issuedOn: unknown, expires?: unknown) =>
    checkOb2Validity(expires === undefined ? { issuedOn } : { issuedOn, expires }, NOW);

  it('allows an issue date within the five minutes of clock skew', () => {
    expect(at('2026-12-03T12:04:00Z').code).toBe('within_validity_period');
  });

  it('refuses an issue date beyond the clock skew', () => {
    expect(at('2026-12-03T12:06:00Z').code).toBe('not_yet_valid');
  });

  it('accepts an expiry still in the future', () => {
    expect(at('2016-01-01T00:00:00Z', '2030-01-01T00:00:00+01:00').status).toBe('passed');
  });

  it('refuses a day no calendar has (31 April)', () => {
    expect(at('2015-04-31T00:00:00Z')).toMatchObject({ status: 'failed', code: 'date_malformed' });
  });

  it('refuses text that is not a date', () => {
    expect(at('yesterday')).toMatchObject({ status: 'failed', code: 'date_malformed' });
  });
});
