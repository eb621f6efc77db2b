// The OpenAPI 3.1 description of the API, as one typed object. /api/openapi.json serves it and
// /api/docs renders it, so the two never disagree.
import { issueChallenge } from './challenge-operation';
import { components } from './components';
import { exampleJsonRequest, exampleJwt, exampleUpload, exampleVerification } from './examples';
import { taxonomyPaths } from './taxonomy-paths';
import type { OpenApiDocument, OperationObject, ResponseObject } from './types';

const ref = (name: string) => ({ $ref: `#/components/responses/${name}` });

const verificationJson = (description: string, extra: Partial<ResponseObject> = {}) => ({
  description,
  ...extra,
  content: {
    'application/json': {
      schema: { $ref: '#/components/schemas/Verification' },
      example: exampleVerification,
    },
  },
});

const createVerification: OperationObject = {
  operationId: 'createVerification',
  summary: 'Verify a credential and store the report',
  description:
    'Verifies one credential, given by link, as JSON, as a compact JWT, or as an uploaded file ' +
    '(a baked PNG or SVG badge, or a JSON or JWT file, judged by its content), and stores the ' +
    'report. ' +
    'Answers 201 whatever the verdict: a credential that fails its checks is a report, not an ' +
    'error. The submitted credential or link is not stored, only the report.',
  tags: ['Verifications'],
  parameters: [{ $ref: '#/components/parameters/IdempotencyKey' }],
  requestBody: {
    description:
      'Exactly one of `url` or `credential` as JSON, a raw compact JWT, or a `file` upload.',
    required: true,
    content: {
      'application/json': {
        schema: { $ref: '#/components/schemas/VerificationRequest' },
        example: exampleJsonRequest,
      },
      'application/jwt': { schema: { type: 'string' }, example: exampleJwt },
      'multipart/form-data': {
        schema: { $ref: '#/components/schemas/VerificationUpload' },
        example: exampleUpload,
      },
    },
  },
  responses: {
    '201': verificationJson('The report was stored.', {
      headers: {
        Location: {
          description: 'The stored verification in the API.',
          schema: { type: 'string', format: 'uri' },
        },
      },
    }),
    '400': ref('BadRequest'),
    '413': ref('PayloadTooLarge'),
    '415': ref('UnsupportedMediaType'),
    '422': ref('IdempotencyConflict'),
    '500': ref('InternalError'),
  },
};

const getVerification: OperationObject = {
  operationId: 'getVerification',
  summary: 'Read a stored report',
  description: 'Returns a stored report until it expires. There is no listing of reports.',
  tags: ['Verifications'],
  parameters: [
    {
      name: 'id',
      in: 'path',
      description: 'The id returned when the report was created.',
      required: true,
      schema: { type: 'string' },
      example: exampleVerification.id,
    },
  ],
  responses: {
    '200': verificationJson('The stored report.'),
    '404': ref('NotFound'),
    '500': ref('InternalError'),
  },
};

/** The OpenAPI 3.1 description of the Proofpath API. */
export const openApiDocument: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Proofpath API',
    version: '1.0.0',
    description:
      'Verifies Open Badges and W3C Verifiable Credentials and keeps each report for a limited ' +
      'time at an unguessable address. Errors are RFC 9457 problem details with a stable `code`.',
  },
  jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
  paths: {
    '/api/v1/verifications': { post: createVerification },
    '/api/v1/verifications/{id}': { get: getVerification },
    '/api/v1/challenges': { post: issueChallenge },
    ...taxonomyPaths,
  },
  components,
};
