// Signed Open Badges 2.0 assertions (JWS, RS256): the key named by `verification.creator` must be
// listed by the issuer profile's `publicKey`, and the profile's `revocationList` is consulted.
import simpleNotRevokedJwt from '../../fixtures/ob2/1edtech-validator/simple-not-revoked.jwt?raw';
import simpleRevokedJwt from '../../fixtures/ob2/1edtech-validator/simple-revoked.jwt?raw';
import simpleJwt from '../../fixtures/ob2/1edtech-validator/simple.jwt?raw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answer, checkOf, outline, validatorWeb, verifyOb2 } from './support';

const server = setupServer(...validatorWeb);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('a signed assertion', () => {
  it('is valid when the key its issuer lists verifies it', async () => {
    const report = await verifyOb2(simpleJwt);

    expect(report.verdict).toBe('valid');
    expect(report.authentic).toBe(true);
    expect(outline(report)).toEqual([
      ['context', 'passed', 'context_known'],
      ['structure', 'passed', 'structure_valid'],
      ['proof', 'passed', 'signature_valid'],
      ['issuer_binding', 'passed', 'issuer_lists_key'],
      ['status', 'passed', 'not_revoked'],
      ['validity_period', 'passed', 'within_validity_period'],
      ['recipient', 'not_applicable', 'recipient_not_requested'],
    ]);
  });

  it('reports the JWS format, the creator key and the issuer', async () => {
    const report = await verifyOb2(simpleJwt);

    expect(report.format).toEqual({ type: 'open-badges-2.0', dataModel: null, securing: 'jws' });
    expect(checkOf(report, 'proof')?.details).toEqual({
      securing: 'jws',
      alg: 'RS256',
      creator: 'http://example.org/key1.json',
    });
    expect(report.subject?.issuer).toEqual({
      id: 'https://example.org/organization.json',
      name: 'An Example Badge Issuer',
    });
  });

  it('is not revoked when its issuer’s revocation list does not name it', async () => {
    const report = await verifyOb2(simpleNotRevokedJwt);

    expect(report.verdict).toBe('valid');
    expect(checkOf(report, 'status')).toMatchObject({
      status: 'passed',
      code: 'not_revoked',
      details: { revocationList: 'http://example.org/empty-revocation-list.json' },
    });
  });

  it('is revoked when its issuer’s revocation list names it, with the reason', async () => {
    const report = await verifyOb2(simpleRevokedJwt);

    expect(report.verdict).toBe('invalid');
    expect(report.authentic).toBe(true);
    expect(checkOf(report, 'status')).toMatchObject({
      status: 'failed',
      code: 'revoked',
      message: 'The issuer has revoked this badge: “A good reason, for sure”.',
      details: { revocationReason: 'A good reason, for sure' },
    });
  });
});

describe('documents a signed assertion rests on', () => {
  it('leaves the proof unknown when the key does not answer', async () => {
    server.use(answer('https://example.org/key1.json', 503));

    const report = await verifyOb2(simpleJwt);

    expect(report.verdict).toBe('indeterminate');
    expect(checkOf(report, 'proof')).toMatchObject({ status: 'unknown', code: 'key_unreachable' });
  });

  it('fails when the key does not exist', async () => {
    server.use(answer('https://example.org/key1.json', 404));

    const report = await verifyOb2(simpleJwt);

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'proof')).toMatchObject({ status: 'failed', code: 'key_not_found' });
  });

  it('leaves the status unknown when the revocation list does not answer', async () => {
    server.use(answer('https://example.org/revocation-list.json', 503));

    const report = await verifyOb2(simpleRevokedJwt);

    expect(report.verdict).toBe('indeterminate');
    expect(checkOf(report, 'status')).toMatchObject({
      status: 'unknown',
      code: 'revocation_list_unreachable',
    });
  });
});
