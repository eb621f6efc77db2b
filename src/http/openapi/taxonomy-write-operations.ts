// The OpenAPI description of the taxonomy's other writes (for an API key with `frameworks:write`,
// or the operator token): crosswalk edges, badge mappings, framework removal.
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
import { edgeSchema, mappingSchema } from './taxonomy-schemas';
import type { OperationObject } from './types';

export const deleteFramework: OperationObject = {
  ...write('deleteFramework', 'Delete a framework', 'With its competencies, edges and mappings.'),
  parameters: [operatorToken, pathId('The framework id.')],
  responses: {
    '204': { description: 'Deleted.' },
    '401': unauthorised,
    '404': notFound,
    '500': internalError,
  },
};

export const createEdge: OperationObject = {
  ...write('createCrosswalkEdge', 'Add a crosswalk edge', 'By hand, saying who and why.'),
  parameters: [operatorToken, idempotencyKey],
  requestBody: {
    description: 'The edge.',
    required: true,
    content: {
      'application/json': {
        schema: { type: 'object', required: ['sourceId', 'relation', 'targetId', 'createdBy'] },
        example: {
          sourceId: 'cp_a',
          relation: 'exact',
          targetId: 'cp_b',
          createdBy: 'ana@example.org',
          note: 'Same skill.',
        },
      },
    },
  },
  responses: {
    '201': json('The edge.', edgeSchema),
    '400': problem('The edge is not valid.', 'input_invalid', 'competency_unknown'),
    '401': unauthorised,
    '409': problem('The edge exists.', 'edge_exists'),
    '500': internalError,
  },
};

export const removeEdge: OperationObject = {
  ...write(
    'removeCrosswalkEdge',
    'Remove a crosswalk edge',
    'Kept as removed, with `removedBy` and `note` (JSON body or query).',
  ),
  parameters: [operatorToken, pathId('The edge id.')],
  responses: {
    '204': { description: 'Removed.' },
    '400': problem('removedBy is missing.', 'input_missing'),
    '401': unauthorised,
    '404': notFound,
    '500': internalError,
  },
};

export const createMapping: OperationObject = {
  ...write('createBadgeMapping', 'Map a badge class to a competency', 'By hand, with a band.'),
  parameters: [operatorToken, idempotencyKey],
  requestBody: {
    description: 'The mapping.',
    required: true,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['achievementId', 'competencyId', 'band', 'createdBy'],
        },
        example: {
          achievementId: 'https://1edtech.edu/achievements/1',
          competencyId: 'cp_a',
          band: 'core',
          createdBy: 'ana@example.org',
        },
      },
    },
  },
  responses: {
    '201': json('The mapping.', mappingSchema),
    '400': problem('Not valid.', 'input_invalid', 'competency_unknown'),
    '401': unauthorised,
    '500': internalError,
  },
};

export const updateMapping: OperationObject = {
  ...write('updateBadgeMapping', 'Change a mapping’s band', 'JSON `{ band, updatedBy }`.'),
  parameters: [operatorToken, pathId('The mapping id.')],
  responses: {
    '200': json('The mapping.', mappingSchema),
    '401': unauthorised,
    '404': notFound,
    '500': internalError,
  },
};

export const deleteMapping: OperationObject = {
  ...write('deleteBadgeMapping', 'Remove a mapping', 'Removes it.'),
  parameters: [operatorToken, pathId('The mapping id.')],
  responses: {
    '204': { description: 'Removed.' },
    '401': unauthorised,
    '404': notFound,
    '500': internalError,
  },
};
