// The `recipient` check on Open Badges 2.0: the 1EdTech fixtures are issued to
// sha256("nobody@example.org" + "deadsea"), salted and hashed.
import simpleJwt from '../../fixtures/ob2/1edtech-validator/simple.jwt?raw';
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

const BASIC = `${VALIDATOR}/basic-assertion.json`;

function verifyHosted(recipient?: string) {
  server.use(serve(ASSERTION_ID, BASIC));
  return verifyOb2(fixture(BASIC), recipient);
}

describe('recipient of a hosted assertion', () => {
  it('passes for the email the badge was issued to', async () => {
    const report = await verifyHosted('nobody@example.org');

    expect(report.verdict).toBe('valid');
    expect(checkOf(report, 'recipient')).toMatchObject({
      status: 'passed',
      code: 'recipient_match',
      details: { identityType: 'email', hashed: true, algorithm: 'sha256' },
    });
  });

  it('passes for the same email written in capitals', async () => {
    const report = await verifyHosted('  Nobody@Example.ORG ');

    expect(checkOf(report, 'recipient')?.status).toBe('passed');
  });

  it('fails for another email, and the badge is then not valid', async () => {
    const report = await verifyHosted('somebody@example.org');

    expect(report.verdict).toBe('invalid');
    expect(report.authentic).toBe(true);
    expect(checkOf(report, 'recipient')).toMatchObject({
      status: 'failed',
      code: 'recipient_mismatch',
    });
  });

  it('never repeats the identity given', async () => {
    const report = await verifyHosted('somebody@example.org');

    expect(JSON.stringify(report)).not.toContain('somebody');
  });

  it('is not applicable when no identity is given', async () => {
    const report = await verifyHosted();

    expect(checkOf(report, 'recipient')).toMatchObject({
      status: 'not_applicable',
      required: false,
    });
  });

  it('warns when a phone number is given for a badge issued to an email', async () => {
    const report = await verifyHosted('+1 555 555 5555');

    expect(report.verdict).toBe('valid');
    expect(checkOf(report, 'recipient')).toMatchObject({
      status: 'warning',
      code: 'recipient_not_comparable',
    });
  });
});

describe('recipient of a signed assertion', () => {
  it('passes for the email the badge was issued to', async () => {
    const report = await verifyOb2(simpleJwt, 'nobody@example.org');

    expect(checkOf(report, 'recipient')?.code).toBe('recipient_match');
  });

  it('fails for another email', async () => {
    const report = await verifyOb2(simpleJwt, 'anybody@example.org');

    expect(checkOf(report, 'recipient')?.code).toBe('recipient_mismatch');
  });
});
