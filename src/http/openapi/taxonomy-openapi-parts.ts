// Small builders shared by the taxonomy operations: parameters, JSON answers, problem answers.
import { PROBLEM_TYPE_BASE, PROBLEMS, type ProblemCode } from '../problems';
import type { JsonSchema, OperationObject, ParameterObject, ResponseObject } from './types';

export const TAXONOMY_TAG = 'Taxonomies';

export function pathId(description: string): ParameterObject {
  return { name: 'id', in: 'path', description, required: true, schema: { type: 'string' } };
}

export function query(name: string, description: string, schema: JsonSchema = { type: 'string' }) {
  const parameter: ParameterObject = { name, in: 'query', description, required: false, schema };
  return parameter;
}

export const limitParameter = (fallback: number, max = 100) =>
  query('limit', `Page size, 1 to ${max} (default ${fallback}).`, {
    type: 'integer',
    minimum: 1,
    maximum: max,
  });

export const cursorParameter = query('cursor', 'The `nextCursor` of the previous page.');

export const operatorToken: ParameterObject = {
  name: 'Authorization',
  in: 'header',
  description:
    "`Bearer pp_…`, an organisation's API key with the `frameworks:write` scope (it writes " +
    "that organisation's private data), or `Bearer <operator token>`, the Worker secret " +
    '`OPERATOR_TOKEN` (it writes the public reference data). A key without the scope is ' +
    'refused with 403 `forbidden`; no credential, 401 `operator_token_required`.',
  required: true,
  schema: { type: 'string' },
};

export const idempotencyKey = { $ref: '#/components/parameters/IdempotencyKey' };

export function json(description: string, schema: JsonSchema, example?: unknown): ResponseObject {
  const media = example === undefined ? { schema } : { schema, example };
  return { description, content: { 'application/json': media } };
}

/** A problem answer with the codes it may carry. */
export function problem(description: string, ...codes: ProblemCode[]): ResponseObject {
  const [first] = codes;
  const code = first ?? 'internal_error';
  const { status, title } = PROBLEMS[code];
  const example = { type: `${PROBLEM_TYPE_BASE}${code}`, title, status, code, detail: description };
  const list = codes.map((c) => `\`${c}\``).join(', ');
  return {
    description: `${description} (${list})`,
    content: {
      'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' }, example },
    },
  };
}

export const internalError = { $ref: '#/components/responses/InternalError' };
export const notFound = { $ref: '#/components/responses/NotFound' };
export const unauthorised = problem(
  'No API key or operator token, or a wrong one.',
  'operator_token_required',
);

/** The common head of a taxonomy write operation; callers add parameters and responses. */
export function write(operationId: string, summary: string, description: string): OperationObject {
  return { operationId, summary, description, tags: [TAXONOMY_TAG], responses: {} };
}
