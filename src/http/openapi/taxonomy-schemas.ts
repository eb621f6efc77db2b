// JSON Schemas of the taxonomy API's answers, written inline into its operations.
import { EDGE_RELATIONS } from '../../taxonomy/vocabulary';
import type { JsonSchema } from './types';

const nullableString = { type: ['string', 'null'] };
const links = { type: 'object', additionalProperties: { type: 'string' } };

export const attributionSchema: JsonSchema = {
  description:
    'The source, version, licence and attribution notice of each framework whose data the ' +
    'answer shows (O*NET and ESCO require theirs to be shown with their data).',
  type: 'array',
  items: {
    type: 'object',
    required: ['frameworkId', 'title', 'licence', 'attribution'],
    properties: {
      frameworkId: { type: 'string' },
      title: { type: 'string' },
      version: nullableString,
      source: nullableString,
      licence: nullableString,
      attribution: nullableString,
    },
  },
};

export const frameworkSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'kind', 'uri', 'title', 'competencyCount'],
  properties: {
    id: { type: 'string' },
    organisationId: { ...nullableString, description: 'Null for public reference data.' },
    kind: { enum: ['case', 'esco', 'onet', 'csv'] },
    uri: { type: 'string', description: 'What identifies the framework (a CFDocument uri, say).' },
    title: { type: 'string' },
    version: nullableString,
    source: nullableString,
    licence: nullableString,
    attribution: nullableString,
    competencyCount: { type: 'integer' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
    links,
  },
};

export const competencySchema: JsonSchema = {
  type: 'object',
  required: ['id', 'frameworkId', 'kind', 'label', 'altLabels'],
  properties: {
    id: { type: 'string' },
    frameworkId: { type: 'string' },
    key: { type: 'string', description: 'Identity inside the framework (CFItem identifier, URI).' },
    kind: {
      type: 'string',
      description:
        'competency, skill, knowledge, skill-group, occupation, occupation-group, technology, ' +
        'technology-class.',
    },
    itemType: { ...nullableString, description: 'The CASE CFItemType.' },
    code: { ...nullableString, description: 'humanCodingScheme, O*NET-SOC code, element id.' },
    uri: nullableString,
    label: { type: 'string' },
    abbreviatedLabel: nullableString,
    altLabels: { type: 'array', items: { type: 'string' } },
    description: nullableString,
    parentId: nullableString,
    position: { type: ['integer', 'null'] },
    links,
  },
};

export const edgeSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'sourceId', 'relation', 'targetId', 'origin'],
  properties: {
    id: { type: 'string' },
    sourceId: { type: 'string' },
    relation: {
      enum: [...EDGE_RELATIONS],
      description:
        'Read "source relation target": `broader` means the target is broader, `prerequisite` ' +
        'that the target is a prerequisite of the source.',
    },
    targetId: { type: 'string' },
    origin: { enum: ['framework', 'crosswalk', 'admin'] },
    createdBy: nullableString,
    note: nullableString,
    createdAt: { type: 'string', format: 'date-time' },
  },
};

export const mappingSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'achievementId', 'competencyId', 'band', 'origin'],
  properties: {
    id: { type: 'string' },
    achievementId: { type: 'string', description: 'OB 2.0 BadgeClass or OB 3.0 Achievement id.' },
    competencyId: { type: 'string' },
    band: { enum: ['foundational', 'core', 'advanced'] },
    origin: { enum: ['alignment', 'admin'] },
    createdBy: nullableString,
    alignment: { type: ['object', 'null'], description: 'The alignment entry it came from.' },
  },
};

export const importJobSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'kind', 'status', 'files', 'stagedRows'],
  properties: {
    id: { type: 'string' },
    kind: { enum: ['case', 'esco', 'onet', 'csv', 'crosswalk'] },
    status: { enum: ['staging', 'committed', 'unchanged', 'failed', 'abandoned'] },
    frameworkId: nullableString,
    target: { type: 'object', description: 'The framework: uri, title, version, licence…' },
    files: { type: 'array', items: { type: 'object' }, description: 'Each file staged so far.' },
    stagedRows: { type: 'integer', description: 'Progress: rows staged so far.' },
    result: {
      type: ['object', 'null'],
      description: 'What the commit changed: added, removed and changed counts per table.',
    },
    error: { type: ['object', 'null'] },
    links,
  },
};

/** A bounded page of items with the cursor of the next page. */
export function pageSchema(items: JsonSchema, withAttribution = true): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    items: { type: 'array', items },
    nextCursor: { ...nullableString, description: 'Pass as `cursor` for the next page.' },
  };
  if (withAttribution) properties.attribution = attributionSchema;
  return { type: 'object', required: ['items', 'nextCursor'], properties };
}
