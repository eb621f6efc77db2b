// Examples shown in the OpenAPI description and on the docs page.

const EXAMPLE_ID = 'q3Jx0bN1T5e8mZk2VwXyAg';

export const exampleReport = {
  schemaVersion: '1.2.0',
  verdict: 'valid',
  authentic: true,
  format: { type: 'open-badges-3.0', dataModel: 'vc-2.0', securing: 'data-integrity' },
  subject: {
    credentialId: 'urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002',
    types: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', name: 'Example U' },
    achievementName: 'Teamwork',
    validFrom: '2024-01-01T00:00:00Z',
    validUntil: null,
  },
  checks: [
    {
      id: 'proof',
      status: 'passed',
      code: 'signature_valid',
      message: 'The eddsa-rdfc-2022 proof is valid.',
      required: true,
    },
  ],
  verifiedAt: '2026-11-01T09:30:00.000Z',
};

export const exampleVerification = {
  id: EXAMPLE_ID,
  permalink: `https://proofpath.example/verifications/${EXAMPLE_ID}`,
  expiresAt: '2026-12-01T09:30:00.000Z',
  ...exampleReport,
};

export const exampleJsonRequest = {
  url: 'https://badges.example.org/assertions/1234',
};

export const exampleJwt = [
  'eyJhbGciOiJFUzI1NiIsInR5cCI6InZjK2p3dCJ9',
  'eyJpc3MiOiJodHRwczovL2lzc3Vlci5leGFtcGxlIn0',
  'c2lnbmF0dXJl',
].join('.');

/** A multipart upload as it travels; the file part holds the image's bytes. */
export const exampleUpload = [
  '--proofpath-boundary',
  'Content-Disposition: form-data; name="file"; filename="badge.png"',
  'Content-Type: image/png',
  '',
  '(the bytes of the baked PNG)',
  '--proofpath-boundary--',
].join('\r\n');

export const exampleProblem = {
  type: 'https://proofpath.dev/problems/input_missing',
  title: 'Nothing to verify',
  status: 400,
  detail: 'Give either `url` or `credential`.',
  code: 'input_missing',
  requestId: '6f1c0a4e-2b7d-4c55-9a57-0e5d1b3c7f21',
};
