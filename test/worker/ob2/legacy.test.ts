// Open Badges 1.1, 1.0 and 0.5 assertions: 1.x are read into the 2.0 shape and verified the same
// way; 0.5 carries no verification and is never valid.
import { HttpResponse, http } from 'msw';
import { CompactSign, exportSPKI, generateKeyPair } from 'jose';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ASSERTION_ID,
  CORE,
  checkOf,
  fixture,
  outline,
  serve,
  VALIDATOR,
  validatorWeb,
  verifyOb2,
} from './support';

const server = setupServer(...validatorWeb);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The 1.0 documents name http://a.com/…; the guard asks over HTTPS first. */
function serveVersion10(assertion = `${CORE}/1_0_basic_assertion.json`) {
  server.use(
    serve('https://a.com/instance', assertion),
    serve('https://a.com/badgeclass', `${CORE}/1_0_basic_badgeclass.json`),
    serve('https://a.com/issuer', `${CORE}/1_0_basic_issuer.json`),
  );
}

describe('Open Badges 1.0', () => {
  it('verifies a hosted assertion the same way as 2.0', async () => {
    serveVersion10();

    const report = await verifyOb2(fixture(`${CORE}/1_0_basic_assertion.json`));

    expect(report.verdict).toBe('valid');
    expect(outline(report)).toEqual([
      ['context', 'not_applicable', 'context_not_used'],
      ['structure', 'passed', 'structure_valid'],
      ['proof', 'passed', 'hosted_assertion_fetched'],
      ['issuer_binding', 'passed', 'assertion_within_issuer_scope'],
      ['hosted_copy', 'passed', 'hosted_copy_matches'],
      ['status', 'passed', 'not_revoked'],
      ['validity_period', 'passed', 'within_validity_period'],
      ['recipient', 'not_applicable', 'recipient_not_requested'],
    ]);
  });

  it('takes ids from where the documents live, and reads a bare date', async () => {
    serveVersion10();

    const report = await verifyOb2(fixture(`${CORE}/1_0_basic_assertion.json`));

    expect(report.format).toEqual({ type: 'open-badges-1.0', dataModel: null, securing: 'hosted' });
    expect(report.subject).toMatchObject({
      credentialId: 'http://a.com/instance',
      issuer: { id: 'http://a.com/issuer', name: 'Basic Issuer' },
      achievementName: 'Basic Badge',
      validFrom: '2015-04-30T00:00:00Z',
    });
  });

  it('matches its plaintext recipient', async () => {
    serveVersion10();

    const report = await verifyOb2(fixture(`${CORE}/1_0_basic_assertion.json`), 'Test@Example.com');

    expect(checkOf(report, 'recipient')).toMatchObject({
      status: 'passed',
      code: 'recipient_match',
      details: { identityType: 'email', hashed: false },
    });
  });

  it('fails an assertion whose recipient is a bare string', async () => {
    const path = `${CORE}/1_0_assertion_with_errors.json`;
    serveVersion10(path);

    const report = await verifyOb2(fixture(path));

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'structure')).toMatchObject({ code: 'recipient_invalid' });
  });

  it('fails a date no calendar has (badgr: 31 April)', async () => {
    const path = 'ob2/badgr-server/1_0_basic_instance_with_bad_date.json';
    server.use(serve('https://a.com/instancebaddate', path));
    serveVersion10();

    const report = await verifyOb2(fixture(path));

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'validity_period')).toMatchObject({ code: 'date_malformed' });
  });
});

/** A 1.0 signed assertion: its `verify.url` names a bare PEM key on the issuer's site. */
async function signedVersion10(keyUrl: string) {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const pem = await exportSPKI(publicKey);
  const keyPath = new URL(keyUrl).pathname;
  server.use(
    http.get(`https://a.com${keyPath}`, () => HttpResponse.text(pem)),
    http.get(`https://rogue.example.net${keyPath}`, () => HttpResponse.text(pem)),
  );
  const { verify: _verify, ...assertion } = fixture(`${CORE}/1_0_basic_assertion.json`);
  const payload = { ...assertion, verify: { type: 'signed', url: keyUrl } };
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
    .setProtectedHeader({ alg: 'RS256' })
    .sign(privateKey);
}

describe('Open Badges 1.0 signed', () => {
  it("verifies with the PEM key on the issuer's own site", async () => {
    serveVersion10();
    const token = await signedVersion10('http://a.com/public.pem');

    const report = await verifyOb2(token);

    expect(report.verdict).toBe('valid');
    expect(report.format).toEqual({ type: 'open-badges-1.0', dataModel: null, securing: 'jws' });
    expect(checkOf(report, 'issuer_binding')?.code).toBe('key_within_issuer_origin');
  });

  it("fails a key published outside the issuer's site", async () => {
    serveVersion10();
    const token = await signedVersion10('https://rogue.example.net/public.pem');

    const report = await verifyOb2(token);

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'issuer_binding')?.code).toBe('key_outside_issuer_origin');
  });

  it('is revoked when the 1.0 revocation list names its uid', async () => {
    serveVersion10();
    const issuer = {
      ...fixture(`${CORE}/1_0_basic_issuer.json`),
      revocationList: 'http://a.com/revoked',
    };
    server.use(
      serve('https://a.com/issuer', issuer),
      serve('https://a.com/revoked', { '123abc': 'Awarded in error' }),
    );
    const token = await signedVersion10('http://a.com/public.pem');

    const report = await verifyOb2(token);

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'status')).toMatchObject({
      code: 'revoked',
      details: { revocationReason: 'Awarded in error' },
    });
  });
});

describe('Open Badges 1.1', () => {
  it('verifies a hosted assertion through the 2.0 context it upgrades to', async () => {
    const path = `${CORE}/1_1_basic_assertion.json`;
    server.use(
      serve(ASSERTION_ID, path),
      serve('https://example.org/robotics-badge.json', `${CORE}/1_1_basic_badgeclass.json`),
      serve('https://example.org/organization.json', `${CORE}/1_1_basic_issuer.json`),
    );

    const report = await verifyOb2(fixture(path));

    expect(report.verdict).toBe('valid');
    expect(report.format.type).toBe('open-badges-1.1');
    expect(checkOf(report, 'context')).toMatchObject({ status: 'passed', code: 'context_known' });
  });
});

describe('Open Badges 0.5', () => {
  it.each([
    ['a plaintext recipient', '0_5_assertion.json'],
    ['a hashed recipient', '0_5_1_assertion.json'],
  ])('is never valid, with %s', async (_kind, name) => {
    const report = await verifyOb2(fixture(`${CORE}/${name}`), 'test@example.com');

    expect(report.verdict).toBe('invalid');
    expect(report.authentic).toBe(false);
    expect(report.format).toEqual({ type: 'open-badges-0.5', dataModel: null, securing: 'none' });
    expect(checkOf(report, 'proof')).toMatchObject({ status: 'failed', code: 'no_verification' });
    expect(checkOf(report, 'proof')?.message).toContain('can never be valid');
  });

  it('still says whether it names the candidate (salted sha256)', async () => {
    const report = await verifyOb2(fixture(`${CORE}/0_5_1_assertion.json`), 'test@example.com');

    expect(checkOf(report, 'recipient')).toMatchObject({
      status: 'passed',
      code: 'recipient_match',
    });
  });

  it('fetches nothing', async () => {
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => requested.push(request.url));

    await verifyOb2(fixture(`${CORE}/0_5_assertion.json`));

    server.events.removeAllListeners();
    expect(requested).toEqual([]);
  });
});

describe('a signed assertion given without its signature', () => {
  it('is never valid, and says to give the JWS', async () => {
    const unsigned = {
      ...fixture(`${VALIDATOR}/basic-assertion.json`),
      verification: { type: 'signed', creator: 'http://example.org/key1.json' },
    };

    const report = await verifyOb2(unsigned);

    expect(report.verdict).toBe('invalid');
    expect(checkOf(report, 'proof')).toMatchObject({ status: 'failed', code: 'signature_missing' });
  });
});
