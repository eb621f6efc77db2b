// Hosted Open Badges 2.0 assertions: the issuer's copy is fetched from the assertion's id, then
// its BadgeClass and Issuer profile; 410 Gone or `revoked: true` is a revocation.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ASSERTION_ID,
  answer,
  checkOf,
  fixture,
  outline,
  serve,
  VALIDATOR,
  validatorWeb,
  verifyOb2,
} from './support';
import { verify } from '../support/engine';

const server = setupServer(...validatorWeb);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const BASIC = `${VALIDATOR}/basic-assertion.json`;

function hosting(path: string) {
  server.use(serve(ASSERTION_ID, path));
  return fixture(path);
}

describe('a hosted assertion', () => {
  it('is valid when its issuer hosts it and everything checks', async () => {
    const report = await verifyOb2(hosting(BASIC));

    expect(report.verdict).toBe('valid');
    expect(report.authentic).toBe(true);
    expect(outline(report)).toEqual([
      ['context', 'passed', 'context_known'],
      ['structure', 'passed', 'structure_valid'],
      ['proof', 'passed', 'hosted_assertion_fetched'],
      ['issuer_binding', 'passed', 'assertion_within_issuer_scope'],
      ['hosted_copy', 'passed', 'hosted_copy_matches'],
      ['status', 'passed', 'not_revoked'],
      ['validity_period', 'passed', 'within_validity_period'],
      ['recipient', 'not_applicable', 'recipient_not_requested'],
    ]);
  });

  it('has no second copy to compare when only its link was given', async () => {
    hosting(BASIC);

    const report = await verify({ kind: 'url', url: ASSERTION_ID });

    expect(report.verdict).toBe('valid');
    expect(checkOf(report, 'hosted_copy')?.status).toBe('not_applicable');
    expect(report.source).toEqual({ kind: 'url', discoveredBy: 'direct' });
  });

  it('reports the format and what the badge claims', async () => {
    const report = await verifyOb2(hosting(BASIC));

    expect(report.format).toEqual({ type: 'open-badges-2.0', dataModel: null, securing: 'hosted' });
    expect(report.subject).toEqual({
      credentialId: ASSERTION_ID,
      types: ['Assertion'],
      issuer: { id: 'https://example.org/organization.json', name: 'An Example Badge Issuer' },
      achievementName: 'Awesome Robotics Badge',
      validFrom: '2016-12-31T23:59:59Z',
      validUntil: null,
      achievements: [
        {
          id: 'https://example.org/robotics-badge.json',
          name: 'Awesome Robotics Badge',
          alignment: [],
        },
      ],
    });
  });

  it('is valid from its URL alone', async () => {
    hosting(BASIC);

    const report = await verifyOb2(ASSERTION_ID);

    expect(report.verdict).toBe('valid');
    expect(report.source).toEqual({ kind: 'url', discoveredBy: 'direct' });
  });

  it('needs no public key from an issuer of hosted badges', async () => {
    const report = await verifyOb2(hosting(`${VALIDATOR}/basic-assertion-no-public-key.json`));

    expect(report.verdict).toBe('valid');
  });

  it('fails when the assertion is not of type Assertion', async () => {
    const report = await verifyOb2(hosting(`${VALIDATOR}/basic-assertion-invalid-type.json`));

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'structure')).toMatchObject({
      status: 'failed',
      code: 'assertion_type_invalid',
    });
  });

  it('fails closed on an unknown JSON-LD context', async () => {
    const report = await verifyOb2(hosting(`${VALIDATOR}/basic-assertion-invalid-context.json`));

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'context')).toMatchObject({
      status: 'failed',
      code: 'context_unknown',
      details: { context: 'https://w3id.org/openbadges/invalid' },
    });
  });
});

describe('revocation of a hosted assertion', () => {
  it('is revoked when its address answers 410 Gone', async () => {
    server.use(answer(ASSERTION_ID, 410));

    const report = await verifyOb2(fixture(BASIC));

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'status')).toMatchObject({ status: 'failed', code: 'revoked' });
    expect(checkOf(report, 'proof')).toMatchObject({
      status: 'unknown',
      code: 'hosted_assertion_gone',
    });
  });

  it("is revoked when the issuer's copy says revoked: true, with its reason", async () => {
    const revoked = { ...fixture(BASIC), revoked: true, revocationReason: 'Issued in error' };
    server.use(serve(ASSERTION_ID, revoked));

    const report = await verifyOb2(fixture(BASIC));

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'status')).toMatchObject({
      status: 'failed',
      code: 'revoked',
      message: 'The issuer has revoked this badge: “Issued in error”.',
    });
  });

  it('is invalid when the issuer does not host it (404)', async () => {
    server.use(answer(ASSERTION_ID, 404));

    const report = await verifyOb2(fixture(BASIC));

    expect(report.verdict).toBe('invalid');
    expect(report.authentic).toBe(false);
    expect(checkOf(report, 'proof')).toMatchObject({
      status: 'failed',
      code: 'hosted_assertion_not_found',
    });
  });
});

describe('documents that cannot be had', () => {
  it('leaves the verdict indeterminate when the hosted copy does not answer (503)', async () => {
    server.use(answer(ASSERTION_ID, 503));

    const report = await verifyOb2(fixture(BASIC));

    expect(report.verdict).toBe('indeterminate');
    expect(checkOf(report, 'proof')).toMatchObject({
      status: 'unknown',
      code: 'hosted_assertion_unreachable',
    });
  });

  it('leaves the issuer binding unknown when the badge class does not answer', async () => {
    hosting(BASIC);
    server.use(answer('https://example.org/robotics-badge.json', 503));

    const report = await verifyOb2(fixture(BASIC));

    expect(report.verdict).toBe('indeterminate');
    expect(checkOf(report, 'issuer_binding')).toMatchObject({
      status: 'unknown',
      code: 'badge_class_unreachable',
    });
  });

  it('does not rely on a hosted copy that only plain HTTP served', async () => {
    const id = 'http://example.org/plain-badge.json';
    const copy = { ...fixture(BASIC), id };
    server.use(
      http.get('https://example.org/plain-badge.json', () => HttpResponse.error()),
      serve(id, copy),
    );

    const report = await verifyOb2(copy);

    expect(report.verdict).toBe('indeterminate');
    expect(checkOf(report, 'proof')).toMatchObject({
      status: 'unknown',
      code: 'hosted_assertion_insecure',
    });
    expect(checkOf(report, 'status')).toMatchObject({ status: 'warning', required: false });
  });
});

describe('the copy given and the hosted copy', () => {
  it('warns, naming the fields, and verifies the hosted copy when they differ', async () => {
    hosting(BASIC);

    const report = await verifyOb2(fixture(`${VALIDATOR}/basic-assertion-expired.json`));

    expect(report.verdict).toBe('valid');
    expect(checkOf(report, 'hosted_copy')).toMatchObject({
      status: 'warning',
      code: 'hosted_copy_differs',
      required: false,
      details: { fields: ['expires'] },
    });
    expect(checkOf(report, 'validity_period')?.status).toBe('passed');
  });

  it('reports a pasted copy that hides an expiry the issuer set', async () => {
    hosting(`${VALIDATOR}/basic-assertion-expired.json`);

    const report = await verifyOb2(fixture(BASIC));

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'validity_period')?.code).toBe('expired');
    expect(checkOf(report, 'hosted_copy')?.details).toEqual({ fields: ['expires'] });
  });
});
