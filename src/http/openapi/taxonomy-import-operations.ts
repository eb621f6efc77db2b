// The OpenAPI description of the import operations (for an API key with `frameworks:write`, or
// the operator token): start an import, add files, commit, read its progress, abandon it.
import {
  idempotencyKey,
  internalError,
  json,
  notFound,
  operatorToken,
  pathId,
  problem,
  unauthorised,
  write,
} from './taxonomy-openapi-parts';
import { importJobSchema } from './taxonomy-schemas';
import type { JsonSchema, OperationObject } from './types';

const IMPORT_FIELDS: JsonSchema = {
  type: 'object',
  required: ['kind', 'file'],
  properties: {
    kind: { enum: ['case', 'esco', 'onet', 'csv', 'crosswalk'] },
    file: {
      type: 'array',
      items: { type: 'string', contentMediaType: 'application/octet-stream' },
    },
    frameworkVersion: { type: 'string' },
    title: { type: 'string', description: 'An employer CSV framework’s title.' },
    frameworkUri: { type: 'string' },
    source: { type: 'string' },
    licence: { type: 'string' },
    attribution: { type: 'string' },
    crosswalkName: { type: 'string', description: 'Names a crosswalk’s set of edges.' },
    commit: { enum: ['true', 'false'], description: '"false" when more files will follow.' },
  },
};

const badFile = problem(
  'A file cannot be imported; `file`, `row`, `column` (and `pointer` for JSON) say where.',
  'import_invalid',
  'input_missing',
  'input_invalid',
);
const conflict = problem(
  'The import is not staging (committed, failed or abandoned).',
  'import_conflict',
);
const job = (description: string) => json(description, importJobSchema);

export const createImport: OperationObject = {
  ...write(
    'createImport',
    'Import a framework or a crosswalk',
    'Uploads CASE 1.1 CFPackage JSON, ESCO CSV files, O*NET text files, an employer CSV (code, ' +
      'label, description, parent code, aliases) or a crosswalk CSV (source, relation, ' +
      'target), or names a CASE API URL (JSON body, fetched through the outbound guard). ' +
      'Every file is checked whole before anything is written. Rows are staged, then made ' +
      'live in one batch: re-importing the same content changes nothing, a new version is ' +
      'updated in place and the job says what was added, removed and changed. With ' +
      '`commit=false` the job stays open for more files (POST …/files) until POST …/commit.',
  ),
  parameters: [operatorToken, idempotencyKey],
  requestBody: {
    description: 'Files as multipart, or a CASE API URL as JSON.',
    required: true,
    content: {
      'multipart/form-data': { schema: IMPORT_FIELDS },
      'application/json': {
        schema: {
          type: 'object',
          required: ['kind', 'url'],
          properties: { kind: { const: 'case' }, url: { type: 'string' } },
        },
        example: { kind: 'case', url: 'https://case.example.org/ims/case/v1p0/CFPackages/1234' },
      },
    },
  },
  responses: {
    '201': job('Imported (or unchanged).'),
    '202': job('Staged, waiting for more files and the commit.'),
    '400': badFile,
    '401': unauthorised,
    '413': { $ref: '#/components/responses/PayloadTooLarge' },
    '415': { $ref: '#/components/responses/UnsupportedMediaType' },
    '422': { $ref: '#/components/responses/IdempotencyConflict' },
    '502': problem('The CASE API did not answer with a package.', 'import_source_unavailable'),
    '500': internalError,
  },
};

export const getImport: OperationObject = {
  ...write('getImport', 'Read an import’s progress', 'Status, files staged, rows staged, outcome.'),
  parameters: [operatorToken, pathId('The import id.')],
  responses: {
    '200': job('The import.'),
    '401': unauthorised,
    '404': notFound,
    '500': internalError,
  },
};

export const abandonImport: OperationObject = {
  ...write('abandonImport', 'Abandon an import', 'Deletes its staged rows; nothing was made live.'),
  parameters: [operatorToken, pathId('The import id.')],
  responses: {
    '200': job('The abandoned import.'),
    '401': unauthorised,
    '404': notFound,
    '409': conflict,
    '500': internalError,
  },
};

export const addImportFiles: OperationObject = {
  ...write(
    'addImportFiles',
    'Add files to an import',
    'Stages more files (ESCO, O*NET, CSV parts).',
  ),
  parameters: [operatorToken, idempotencyKey, pathId('The import id.')],
  requestBody: {
    description: 'One or more `file` fields.',
    required: true,
    content: { 'multipart/form-data': { schema: { type: 'object' } } },
  },
  responses: {
    '202': job('Staged.'),
    '400': badFile,
    '401': unauthorised,
    '404': notFound,
    '409': conflict,
    '500': internalError,
  },
};

export const commitImport: OperationObject = {
  ...write('commitImport', 'Commit an import', 'Makes the staged rows live in one batch.'),
  parameters: [operatorToken, idempotencyKey, pathId('The import id.')],
  responses: {
    '200': job('Committed or unchanged.'),
    '400': badFile,
    '401': unauthorised,
    '404': notFound,
    '409': conflict,
    '500': internalError,
  },
};
