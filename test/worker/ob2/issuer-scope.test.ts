// Hosted verification scope: the assertion id must lie within the issuer's origin, or within
// the issuer's `verification.allowedOrigins` and `startsWith`.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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

describe("the issuer's verification policy", () => {
  it.each([
    ['allowedOrigins', 'basic-assertion-with-allowed-origins.json'],
    ['one startsWith', 'basic-assertion-with-allowed-origins-valid-starts-with.json'],
    ['several startsWith', 'basic-assertion-with-allowed-origins-valid-multiple-starts-with.json'],
  ])('accepts an assertion id within %s', async (_rule, name) => {
    const report = await verifyHosted(name);

    expect(report.verdict).toBe('valid');
    expect(checkOf(report, 'issuer_binding')).toMatchObject({
      status: 'passed',
      code: 'assertion_within_issuer_scope',
    });
  });

  it.each([
    ['one startsWith', 'basic-assertion-with-allowed-origins-invalid-starts-with.json'],
    [
      'several startsWith',
      'basic-assertion-with-allowed-origins-invalid-multiple-starts-with.json',
    ],
  ])('refuses an assertion id outside %s', async (_rule, name) => {
    const report = await verifyHosted(name);

    expect(report.verdict).toBe('invalid');
    expect(report.authentic).toBe(false);
    expect(checkOf(report, 'issuer_binding')).toMatchObject({
      status: 'failed',
      code: 'assertion_outside_issuer_scope',
    });
  });

  it('names the allowed origins it checked against', async () => {
    const report = await verifyHosted('basic-assertion-with-allowed-origins.json');

    expect(checkOf(report, 'issuer_binding')?.details).toMatchObject({
      issuer: 'http://example.org/issuer-with-allowed-origins',
      allowedOrigins: ['example.com', 'example.org'],
      startsWith: null,
    });
  });
});
