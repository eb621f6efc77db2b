// The 1EdTech OB 3.0 and CLR 2.0 test vectors name an HTTPS key (`https://example.edu/issuers/565049#z6Mk…`):
// the key is trusted only through the issuer's own controller document, never from the fragment.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { blocking, verifyText } from '../support/engine';
import { fixtureJson, fixtureText } from '../support/fixtures';

const ISSUER = 'https://example.edu/issuers/565049';
const keyPair = fixtureJson<{ publicKeyMultibase: string; verificationMethod: string }>(
  'ob3/1edtech-spec-test-vectors/ob-keypair-and-intermediates.json',
);

function controllerDocument(assertionMethod: string[]) {
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: ISSUER,
    verificationMethod: [
      {
        id: keyPair.verificationMethod,
        type: 'Multikey',
        controller: ISSUER,
        publicKeyMultibase: keyPair.publicKeyMultibase,
      },
    ],
    assertionMethod,
  };
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const VECTORS = [
  'ob3/1edtech-spec-test-vectors/ob-signed-credential.json',
  'ob3/1edtech-spec-test-vectors/clr-signed-credential.json',
];

describe.each(VECTORS)('%s', (path) => {
  it('is valid when the issuer lists the key for assertionMethod', async () => {
    server.use(
      http.get(ISSUER, () => HttpResponse.json(controllerDocument([keyPair.verificationMethod]))),
    );

    const report = await verifyText(fixtureText(path));

    expect(report.verdict).toBe('valid');
    expect(report.authentic).toBe(true);
  });

  it('is invalid when the issuer does not list the key for assertionMethod', async () => {
    server.use(http.get(ISSUER, () => HttpResponse.json(controllerDocument([]))));

    const report = await verifyText(fixtureText(path));

    expect(report.verdict).toBe('invalid');
    expect(report.checks.find((c) => c.id === 'issuer_binding')?.code).toBe('key_not_authorized');
  });

  it('is indeterminate when the controller document does not answer', async () => {
    server.use(http.get(ISSUER, () => HttpResponse.error()));

    const report = await verifyText(fixtureText(path));

    expect(report.verdict).toBe('indeterminate');
    expect(blocking(report)).toContain('issuer_binding');
  });
});
