// A holder known by did:web: the key must be in the holder's DID document and listed there for
// authentication, the relationship a presentation proof is made for.
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  checksOf,
  credentialFor,
  DOMAIN,
  holderKey,
  issued,
  NONCE,
  presentationOf,
  signPresentation,
  verifyPresentationValue,
} from './support';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const WEB_HOLDER = 'did:web:holder.example';
const KEY_ID = `${WEB_HOLDER}#key-1`;

function serveHolder(relationships: Record<string, string[]>) {
  const document = {
    '@context': ['https://www.w3.org/ns/did/v1'],
    id: WEB_HOLDER,
    verificationMethod: [
      {
        id: '#key-1',
        type: 'Multikey',
        controller: WEB_HOLDER,
        publicKeyMultibase: holderKey.publicKeyMultibase,
      },
    ],
    ...relationships,
  };
  server.use(
    http.get('https://holder.example/.well-known/did.json', () => HttpResponse.json(document)),
  );
}

async function webHoldersPresentation() {
  const presentation = presentationOf([await credentialFor(WEB_HOLDER)], { holder: WEB_HOLDER });
  return signPresentation(presentation, {
    challenge: NONCE,
    domain: DOMAIN,
    verificationMethod: KEY_ID,
  });
}

describe('a did:web holder', () => {
  it('is bound when its DID document lists the key for authentication', async () => {
    serveHolder({ authentication: ['#key-1'] });

    const report = await verifyPresentationValue(await webHoldersPresentation(), issued());

    expect(checksOf(report, 'holder_binding').map((c) => c.code)).toEqual([
      'holder_controls_key',
      'subject_is_holder',
    ]);
    expect(report.verdict).toBe('valid');
  });

  it('is refused when the key is listed only for issuing credentials', async () => {
    serveHolder({ assertionMethod: ['#key-1'] });

    const report = await verifyPresentationValue(await webHoldersPresentation(), issued());

    expect(checksOf(report, 'proof')[0]?.status).toBe('passed');
    expect(checksOf(report, 'holder_binding')[0]).toMatchObject({
      status: 'failed',
      code: 'key_not_authorized',
    });
    expect(report.verdict).toBe('invalid');
  });

  it('is indeterminate when the DID document does not answer', async () => {
    server.use(http.get('https://holder.example/.well-known/did.json', () => HttpResponse.error()));

    const report = await verifyPresentationValue(await webHoldersPresentation(), issued());

    expect(checksOf(report, 'holder_binding')[0]?.status).toBe('unknown');
    expect(report.verdict).toBe('indeterminate');
  });
});
