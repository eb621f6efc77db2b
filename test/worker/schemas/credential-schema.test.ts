// checkCredentialSchema against real credentials and the bundled 1EdTech schemas, and against
// schemas that have to be fetched.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import clrSigned from '../../fixtures/ob3/1edtech-spec-test-vectors/clr-signed-credential.json';
import endorsementExample from '../../fixtures/ob3/1edtech-spec-examples/endorsement.unsigned.json';
import endorsementWithSchema from '../../fixtures/ob3/dcc-vc-test-fixtures/v2/bothSignatureTypes/didkey/legacy-noStatus-notExpired-endorsement-withSchema.json';
import withSchema from '../../fixtures/ob3/dcc-vc-test-fixtures/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-notExpired-withSchema.json';
import badSchema from '../../fixtures/ob3/dcc-vc-test-fixtures/v2/dataIntegrityProof/didKey/twoOIDF-revoked-notExpired-badSchema.json';
import { checkCredentialSchema } from '../../../src/verify/schemas';
import { testContext } from '../status/support/context';

const OB_ACHIEVEMENT =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
const REMOTE = 'https://issuer.example/schemas/badge.json';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const naming = (credential: object, id: string, type = '1EdTechJsonSchemaValidator2019') => ({
  ...credential,
  credentialSchema: [{ id, type }],
});

const codes = (checks: { status: string; code: string }[]) => checks.map((c) => [c.status, c.code]);

describe('credentials that name a bundled schema', () => {
  it('the DCC withSchema credential (type JsonSchema) is valid, without going online', async () => {
    const { ctx, requests } = testContext();

    const checks = await checkCredentialSchema(withSchema, ctx);

    expect(checks).toEqual([
      expect.objectContaining({
        id: 'schema',
        status: 'passed',
        code: 'schema_valid',
        required: true,
      }),
    ]);
    expect(checks[0]?.details).toMatchObject({
      schemaId: OB_ACHIEVEMENT,
      type: 'JsonSchema',
      bundled: true,
    });
    expect(requests).toEqual([]);
  });

  it('the DCC endorsement is valid against the endorsement schema', async () => {
    const checks = await checkCredentialSchema(endorsementWithSchema, testContext().ctx);

    expect(codes(checks)).toEqual([['passed', 'schema_valid']]);
  });

  it('the 1EdTech CLR test vector is valid against the ClrCredential schema', async () => {
    const checks = await checkCredentialSchema(clrSigned, testContext().ctx);

    expect(codes(checks)).toEqual([['passed', 'schema_valid']]);
  });

  it('accepts the JsonSchemaValidator2018 type too', async () => {
    const credential = naming(withSchema, OB_ACHIEVEMENT, 'JsonSchemaValidator2018');

    const checks = await checkCredentialSchema(credential, testContext().ctx);

    expect(codes(checks)).toEqual([['passed', 'schema_valid']]);
  });
});

describe('the DCC badSchema credential', () => {
  it('names no schema, so there is nothing to check', async () => {
    const checks = await checkCredentialSchema(badSchema, testContext().ctx);

    expect(checks).toEqual([
      expect.objectContaining({ status: 'not_applicable', code: 'no_schema', required: false }),
    ]);
  });

  it('fails the Open Badges schema once it names it: validFrom is missing', async () => {
    const checks = await checkCredentialSchema(
      naming(badSchema, OB_ACHIEVEMENT),
      testContext().ctx,
    );

    expect(codes(checks)).toEqual([['failed', 'schema_invalid']]);
    expect(checks[0]?.details).toMatchObject({
      errors: [{ instanceLocation: '#', keyword: 'required', property: 'validFrom' }],
    });
  });
});

describe('errors', () => {
  it('show where and which rule, never the values', async () => {
    const secret = 'learner-secret-value@example.com';
    const credential = { ...naming(withSchema, OB_ACHIEVEMENT), validFrom: secret };

    const checks = await checkCredentialSchema(credential, testContext().ctx);

    expect(checks[0]?.details).toMatchObject({
      errors: [{ instanceLocation: '#/validFrom', keyword: 'format' }],
    });
    expect(JSON.stringify(checks)).not.toContain(secret);
  });

  it('show at most five', async () => {
    const credential = naming(
      { '@context': 'x', type: 1, issuer: 2, credentialSubject: 3 },
      OB_ACHIEVEMENT,
    );

    const checks = await checkCredentialSchema(credential, testContext().ctx);

    const details = checks[0]?.details as { errors: unknown[]; errorCount: number };
    expect(details.errors).toHaveLength(5);
    expect(details.errorCount).toBeGreaterThan(5);
  });
});

describe('schemas we do not carry', () => {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['credentialSubject'],
  };

  it('are fetched as JSON and used', async () => {
    server.use(http.get(REMOTE, () => HttpResponse.json(schema)));
    const { ctx, requests } = testContext();

    const checks = await checkCredentialSchema(naming(withSchema, REMOTE, 'JsonSchema'), ctx);

    expect(codes(checks)).toEqual([['passed', 'schema_valid']]);
    expect(checks[0]?.details).toMatchObject({ bundled: false });
    expect(requests).toEqual([{ url: REMOTE, options: { kind: 'json' } }]);
  });

  it('fail a credential that does not follow them', async () => {
    server.use(http.get(REMOTE, () => HttpResponse.json({ ...schema, required: ['evidence'] })));

    const checks = await checkCredentialSchema(naming(withSchema, REMOTE), testContext().ctx);

    expect(codes(checks)).toEqual([['failed', 'schema_invalid']]);
  });

  it('leave the check unknown when they cannot be fetched', async () => {
    server.use(http.get(REMOTE, () => new HttpResponse('Not Found', { status: 404 })));

    const checks = await checkCredentialSchema(naming(withSchema, REMOTE), testContext().ctx);

    expect(codes(checks)).toEqual([['unknown', 'schema_unreachable']]);
    expect(checks[0]?.details).toMatchObject({ fetchError: 'http_error' });
  });

  it('leave the check unknown when they are not a usable schema', async () => {
    server.use(
      http.get(REMOTE, () => HttpResponse.json({ $ref: 'https://elsewhere.example/s.json' })),
    );

    const checks = await checkCredentialSchema(naming(withSchema, REMOTE), testContext().ctx);

    expect(codes(checks)).toEqual([['unknown', 'schema_unusable']]);
  });

  it('the 1EdTech endorsement example: bundled schema passes, its own is unreachable', async () => {
    const own = 'https://state.gov/schema/endorsementcredential.json';
    server.use(http.get(own, () => HttpResponse.error()));

    const checks = await checkCredentialSchema(endorsementExample, testContext().ctx);

    expect(codes(checks)).toEqual([
      ['passed', 'schema_valid'],
      ['unknown', 'schema_unreachable'],
    ]);
  });
});

describe('entries we do not check', () => {
  it('an unsupported schema type is a warning that never counts', async () => {
    const credential = naming(withSchema, REMOTE, 'JsonSchemaCredential');
    const { ctx, requests } = testContext();

    const checks = await checkCredentialSchema(credential, ctx);

    expect(checks).toEqual([
      expect.objectContaining({
        status: 'warning',
        code: 'schema_type_unsupported',
        required: false,
      }),
    ]);
    expect(requests).toEqual([]);
  });
});

describe('attack: a schema over plain HTTP', () => {
  it('never passes: a credential that follows it only gets a warning', async () => {
    const plain = 'http://issuer.example/schemas/badge.json';
    server.use(http.get(plain, () => HttpResponse.json({ type: 'object' })));

    const checks = await checkCredentialSchema(naming(withSchema, plain), testContext().ctx);

    expect(codes(checks)).toEqual([['warning', 'schema_insecure']]);
  });
});
