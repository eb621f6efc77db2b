// The OpenAPI description of the taxonomy's read operations: frameworks and their trees,
// competency search, one competency and its equivalents, crosswalk edges, badge mappings.
import {
  cursorParameter,
  internalError,
  json,
  limitParameter,
  notFound,
  pathId,
  problem,
  query,
  TAXONOMY_TAG,
} from './taxonomy-openapi-parts';
import {
  attributionSchema,
  competencySchema,
  edgeSchema,
  frameworkSchema,
  mappingSchema,
  pageSchema,
} from './taxonomy-schemas';
import type { OperationObject } from './types';

const badQuery = problem('A query parameter is out of range.', 'parameter_invalid');

function read(operationId: string, summary: string, description: string): OperationObject {
  return { operationId, summary, description, tags: [TAXONOMY_TAG], responses: {} };
}

export const listFrameworks: OperationObject = {
  ...read('listFrameworks', 'List frameworks', 'Public frameworks and the caller’s own, by title.'),
  parameters: [limitParameter(20), cursorParameter],
  responses: {
    '200': json('A page of frameworks.', pageSchema(frameworkSchema)),
    '400': badQuery,
    '500': internalError,
  },
};

export const getFramework: OperationObject = {
  ...read('getFramework', 'Read a framework', 'One framework with its attribution.'),
  parameters: [pathId('The framework id.')],
  responses: {
    '200': json('The framework.', frameworkSchema),
    '404': notFound,
    '500': internalError,
  },
};

export const frameworkTree: OperationObject = {
  ...read(
    'getFrameworkTree',
    'Browse a framework as a tree',
    'The children of `parent` (the top level without it), in the framework’s order, each with ' +
      'its number of children and the link to them.',
  ),
  parameters: [
    pathId('The framework id.'),
    query('parent', 'A competency of this framework.'),
    limitParameter(50),
    cursorParameter,
  ],
  responses: {
    '200': json('A page of nodes.', pageSchema(competencySchema)),
    '400': badQuery,
    '404': notFound,
    '500': internalError,
  },
};

export const searchCompetencies: OperationObject = {
  ...read(
    'searchCompetencies',
    'Search competencies (type-ahead)',
    'Full-text search over labels, alternative labels and descriptions, with prefix matching ' +
      'and bm25 ranking: results with every word first, then results with any word. What is ' +
      'typed is data: quotes, `OR`, `NEAR`, `*`, `-`, `:` and parentheses are not operators.',
  ),
  parameters: [
    query('q', 'What was typed (at most 200 characters).'),
    limitParameter(10),
    query('framework', 'Only this framework.'),
    query('kind', 'Only this kind (skill, occupation, technology, …).'),
  ],
  responses: {
    '200': json('The matches.', {
      type: 'object',
      properties: {
        terms: { type: 'array' },
        items: { type: 'array', items: competencySchema },
        attribution: attributionSchema,
      },
    }),
    '400': badQuery,
    '500': internalError,
  },
};

export const getCompetency: OperationObject = {
  ...read('getCompetency', 'Read a competency', 'One competency with its framework’s attribution.'),
  parameters: [pathId('The competency id.')],
  responses: {
    '200': json('The competency.', competencySchema),
    '404': notFound,
    '500': internalError,
  },
};

export const competencyEquivalents: OperationObject = {
  ...read(
    'getCompetencyEquivalents',
    'Find equivalent and narrower competencies',
    'Everything equivalent (exact, close) or narrower across frameworks, following exact and ' +
      'close edges both ways, narrower edges, broader edges backwards and the hierarchy down. ' +
      'Each result has the path of edges that links it; cycles are walked once.',
  ),
  parameters: [
    pathId('The competency id.'),
    query('depth', 'Longest path, 1 to 6 (default 4).', { type: 'integer' }),
    limitParameter(50),
  ],
  responses: {
    '200': json('The competencies found, by path length.', { type: 'object' }),
    '400': badQuery,
    '404': notFound,
    '500': internalError,
  },
};

export const listEdges: OperationObject = {
  ...read(
    'listCrosswalkEdges',
    'List crosswalk edges',
    'Live edges, optionally of one competency.',
  ),
  parameters: [
    query('competency', 'Only edges touching this competency.'),
    limitParameter(20),
    cursorParameter,
  ],
  responses: {
    '200': json('A page of edges.', pageSchema(edgeSchema, false)),
    '400': badQuery,
    '500': internalError,
  },
};

export const getEdge: OperationObject = {
  ...read('getCrosswalkEdge', 'Read a crosswalk edge', 'One edge, live or removed.'),
  parameters: [pathId('The edge id.')],
  responses: { '200': json('The edge.', edgeSchema), '404': notFound, '500': internalError },
};

export const listMappings: OperationObject = {
  ...read(
    'listBadgeMappings',
    'List badge mappings',
    'Mappings of a badge class, or to a competency.',
  ),
  parameters: [
    query('achievement', 'The badge class id.'),
    query('competency', 'The competency id.'),
    limitParameter(20),
    cursorParameter,
  ],
  responses: {
    '200': json('A page of mappings.', pageSchema(mappingSchema)),
    '400': badQuery,
    '500': internalError,
  },
};

export const getMapping: OperationObject = {
  ...read('getBadgeMapping', 'Read a badge mapping', 'One mapping.'),
  parameters: [pathId('The mapping id.')],
  responses: { '200': json('The mapping.', mappingSchema), '404': notFound, '500': internalError },
};
