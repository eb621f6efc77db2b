// The one edge vocabulary between competencies, and the table that maps CASE association types,
// CTDL alignments and SKOS mapping properties onto it. Every importer reads relations here.

/**
 * Edge relations, read as "source <relation> target", in the SKOS sense:
 * `exact`/`close`: the two are (nearly) the same competency; `broader`: the target is broader
 * than the source; `narrower`: the target is narrower; `related`: associated;
 * `prerequisite`: the target is a prerequisite of the source.
 */
export const EDGE_RELATIONS = [
  'exact',
  'close',
  'broader',
  'narrower',
  'related',
  'prerequisite',
] as const;

export type EdgeRelation = (typeof EDGE_RELATIONS)[number];

/** Where a relation of another vocabulary lands; `reverse` swaps source and target. */
export interface RelationMapping {
  relation: EdgeRelation;
  reverse: boolean;
}

const as = (relation: EdgeRelation, reverse = false): RelationMapping => ({ relation, reverse });

/**
 * CASE 1.1 `associationType` (origin <type> destination). `isChildOf` is also the hierarchy:
 * inside one framework it sets the parent, across frameworks it is a `broader` edge.
 * `exemplar` and `hasSkillLevel` point at examples and levels, not competencies: no edge.
 */
export const CASE_ASSOCIATION_TYPES: Readonly<Record<string, RelationMapping | null>> = {
  exactMatchOf: as('exact'),
  isTranslationOf: as('exact'),
  // The successor covers what the replaced item meant, but is not the same statement.
  replacedBy: as('close'),
  isChildOf: as('broader'),
  isPartOf: as('broader'),
  isRelatedTo: as('related'),
  isPeerOf: as('related'),
  // "A precedes B": A is a prerequisite of B, so the edge runs from B to A.
  precedes: as('prerequisite', true),
  exemplar: null,
  hasSkillLevel: null,
};

/** CTDL / CTDL-ASN alignment properties (`ceasn:`), read from the aligning competency. */
export const CTDL_ALIGNMENTS: Readonly<Record<string, RelationMapping>> = {
  exactAlignment: as('exact'),
  majorAlignment: as('close'),
  minorAlignment: as('related'),
  broadAlignment: as('broader'),
  narrowAlignment: as('narrower'),
  prerequisiteAlignment: as('prerequisite'),
};

/** SKOS mapping and semantic relation properties (`skos:`), as crosswalk files often use. */
export const SKOS_RELATIONS: Readonly<Record<string, RelationMapping>> = {
  exactMatch: as('exact'),
  closeMatch: as('close'),
  broadMatch: as('broader'),
  broader: as('broader'),
  narrowMatch: as('narrower'),
  narrower: as('narrower'),
  relatedMatch: as('related'),
  related: as('related'),
};

function ours(term: string): RelationMapping | null {
  return (EDGE_RELATIONS as readonly string[]).includes(term) ? as(term as EdgeRelation) : null;
}

function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function withoutPrefix(term: string): string {
  return term.replace(/^(ceasn|skos|case):/, '');
}

/**
 * The edge a relation term means: one of ours, a CASE association type, a CTDL alignment or a
 * SKOS property (with or without its prefix). Null for a term none of them defines.
 */
export function mapRelation(term: string): RelationMapping | null {
  const trimmed = term.trim();
  const bare = withoutPrefix(trimmed);

  return (
    ours(trimmed.toLowerCase()) ??
    lookup(CASE_ASSOCIATION_TYPES, bare) ??
    lookup(CTDL_ALIGNMENTS, bare) ??
    lookup(SKOS_RELATIONS, bare) ??
    null
  );
}

/** Whether a string is one of our edge relations. */
export function isEdgeRelation(value: unknown): value is EdgeRelation {
  return typeof value === 'string' && (EDGE_RELATIONS as readonly string[]).includes(value);
}
