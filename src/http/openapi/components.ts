// Reusable parts of the OpenAPI description: schemas, the Idempotency-Key header, problems.
import { PROBLEM_TYPE_BASE, PROBLEMS } from '../problems';
import { exampleProblem } from './examples';
import { REPORT_SCHEMA_NAME, reportComponents } from './report-schema';
import type { JsonSchema, ParameterObject, ResponseObject } from './types';

const problemSchema: JsonSchema = {
  description: 'RFC 9457 problem details, with a stable `code` and the request id.',
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code', 'requestId'],
  properties: {
    type: { type: 'string', format: 'uri', description: `${PROBLEM_TYPE_BASE}<code>` },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { enum: Object.keys(PROBLEMS) },
    requestId: { type: 'string' },
  },
};

const verificationRequestSchema: JsonSchema = {
  description: 'Exactly one of `url` or `credential`.',
  type: 'object',
  properties: {
    url: { type: 'string', description: 'Where the credential is published (https).' },
    credential: {
      description: 'The credential: a JSON object, or a string holding JSON or a compact JWT.',
      type: ['object', 'string'],
    },
    challenge: {
      description:
        'For a Verifiable Presentation: a nonce from POST /api/v1/challenges, used up by this ' +
        "request. The presentation's proof must answer it for the domain it was issued for.",
      type: 'string',
      minLength: 1,
      maxLength: 256,
    },
  },
  oneOf: [{ required: ['url'] }, { required: ['credential'] }],
};

const verificationUploadSchema: JsonSchema = {
  description:
    'An uploaded `file` (at most 5 MiB): a baked Open Badges image (PNG with an iTXt ' +
    '`openbadges` or `openbadgecredential` chunk, or SVG with `<openbadges:assertion>` or ' +
    '`<openbadges:credential>`), or a JSON or JWT file. It is judged by its content, not its ' +
    'name or type. `url` and `credential` may be sent as text fields instead; exactly one of ' +
    'the three is accepted.',
  type: 'object',
  properties: {
    file: { type: 'string', contentMediaType: 'application/octet-stream' },
    url: { type: 'string' },
    credential: { type: 'string' },
  },
  oneOf: [{ required: ['file'] }, { required: ['url'] }, { required: ['credential'] }],
};

const verificationSchema: JsonSchema = {
  description: 'A stored verification: the report, its id, its permalink and its expiry.',
  allOf: [
    {
      type: 'object',
      required: ['id', 'permalink', 'expiresAt'],
      properties: {
        id: { type: 'string', description: 'Unguessable id (128 random bits, base64url).' },
        permalink: { type: 'string', format: 'uri', description: 'The report page.' },
        expiresAt: { type: 'string', format: 'date-time' },
      },
    },
    { $ref: `#/components/schemas/${REPORT_SCHEMA_NAME}` },
  ],
};

function problemResponse(description: string, code: keyof typeof PROBLEMS): ResponseObject {
  const { status, title } = PROBLEMS[code];
  const example = { ...exampleProblem, type: `${PROBLEM_TYPE_BASE}${code}`, title, status, code };

  return {
    description,
    content: {
      'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' }, example },
    },
  };
}

const idempotencyKey: ParameterObject = {
  name: 'Idempotency-Key',
  in: 'header',
  description:
    'Makes a retry safe: the same key with the same body returns the first response without ' +
    'verifying again; the same key with another body is refused (422). Keys expire with the ' +
    'report.',
  required: false,
  schema: { type: 'string', minLength: 1, maxLength: 255 },
  example: '8e0f3a52-6b1e-4d43-b5f4-5a1d2c3b4e5f',
};

export const components = {
  schemas: {
    VerificationRequest: verificationRequestSchema,
    VerificationUpload: verificationUploadSchema,
    Verification: verificationSchema,
    Problem: problemSchema,
    ...reportComponents(),
  },
  parameters: { IdempotencyKey: idempotencyKey },
  responses: {
    BadRequest: problemResponse(
      'The request was refused: codes `input_missing`, `input_ambiguous`, `input_invalid`, ' +
        '`json_malformed`, `url_invalid`, `url_forbidden`, `idempotency_key_invalid`.',
      'input_missing',
    ),
    NotFound: problemResponse('Unknown, expired or malformed id.', 'not_found'),
    MethodNotAllowed: problemResponse(
      'The method is not offered on this path.',
      'method_not_allowed',
    ),
    PayloadTooLarge: problemResponse(
      'A JSON or JWT body is over 1 MiB, or an uploaded file is over 5 MiB.',
      'payload_too_large',
    ),
    UnsupportedMediaType: problemResponse(
      'The body is not `application/json`, `application/jwt` or `multipart/form-data`.',
      'media_type_unsupported',
    ),
    IdempotencyConflict: problemResponse(
      'The Idempotency-Key was used before with a different body.',
      'idempotency_conflict',
    ),
    InternalError: problemResponse('Something failed on our side.', 'internal_error'),
  },
};
