// The OpenAPI description of POST /api/v1/challenges: a one-time nonce for a presentation.
import type { JsonSchema, OperationObject } from './types';

const challengeSchema: JsonSchema = {
  description: 'A one-time nonce for a Verifiable Presentation.',
  type: 'object',
  required: ['challenge', 'domain', 'expiresAt'],
  properties: {
    challenge: { type: 'string', description: '256 random bits, base64url.' },
    domain: {
      type: 'string',
      description:
        "This portal's host: the domain the presentation's proof must name (Data Integrity " +
        '`domain`, VP-JWT `aud`).',
    },
    expiresAt: { type: 'string', format: 'date-time', description: 'Ten minutes after issue.' },
  },
};

export const exampleChallenge = {
  challenge: 'kZ0p3rZxvM4YH1b0q9W2tN6cX8aF5eJ7uL3sD1gR2mA',
  domain: 'proofpath.example',
  expiresAt: '2026-11-01T09:40:00.000Z',
};

export const issueChallenge: OperationObject = {
  operationId: 'issueChallenge',
  summary: 'Issue a one-time challenge for a presentation',
  description:
    'Issues a nonce for a candidate to answer in a Verifiable Presentation: the holder signs ' +
    'the presentation with it as `challenge` (Data Integrity) or `nonce` (VP-JWT) and with ' +
    '`domain` as the domain or audience. Send the presentation to POST /api/v1/verifications ' +
    'with the nonce in `challenge`: it is used up by that request, so a replayed presentation ' +
    'fails its `challenge` check. Unused nonces expire after ten minutes. No request body.',
  tags: ['Presentations'],
  responses: {
    '201': {
      description: 'The challenge was issued.',
      content: { 'application/json': { schema: challengeSchema, example: exampleChallenge } },
    },
    '500': { $ref: '#/components/responses/InternalError' },
  },
};
