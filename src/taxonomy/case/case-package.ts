// Reads a CASE 1.1 CFPackage: CFItems become competencies (code `humanCodingScheme`, label
// `fullStatement`), `isChildOf` associations inside the package the hierarchy, and the other
// associations edges in our vocabulary. The CFDocument names the framework.
import { applyOptions, type FrameworkTarget, type ImportOptions } from '../framework-target';
import { invalid } from '../import-error';
import {
  type CompetencyRecord,
  cleanLabels,
  emptyParsed,
  type LinkRecord,
  type ParsedFile,
} from '../records';
import { CASE_ASSOCIATION_TYPES } from '../vocabulary';
import { type Json, upgrade } from './case-legacy';
import { validateCasePackage } from './case-schema';

interface LinkUri {
  identifier: string;
  uri: string;
  title?: string;
}

interface CFItem {
  identifier: string;
  uri: string;
  fullStatement: string;
  humanCodingScheme?: string;
  abbreviatedStatement?: string;
  notes?: string;
  CFItemType?: string;
  listEnumeration?: string;
}

interface CFAssociation {
  associationType: string;
  sequenceNumber?: number;
  originNodeURI: LinkUri;
  destinationNodeURI: LinkUri;
}

interface CFDocument {
  identifier: string;
  uri: string;
  title: string;
  creator: string;
  publisher?: string;
  version?: string;
  officialSourceURL?: string;
  licenseURI?: LinkUri;
  lastChangeDateTime: string;
}

interface CFPackage {
  CFDocument: CFDocument;
  CFItems?: CFItem[];
  CFAssociations?: CFAssociation[];
  CFDefinitions?: { CFLicenses?: Array<{ identifier: string; title: string }> };
}

/** A package read: its framework and its records. */
export interface CasePackage {
  target: FrameworkTarget;
  parsed: ParsedFile;
}

function parseJson(file: string, text: string): Json {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
  } catch {
    return invalid({ file, row: null, column: null }, 'The file is not well-formed JSON.');
  }
}

function licenceOf(pkg: CFPackage): string | null {
  const link = pkg.CFDocument.licenseURI;
  if (!link) return null;

  const licence = pkg.CFDefinitions?.CFLicenses?.find((l) => l.identifier === link.identifier);
  return licence?.title ?? link.title ?? link.uri;
}

function targetOf(pkg: CFPackage, sourceUrl: string | null): FrameworkTarget {
  const doc = pkg.CFDocument;
  const publisher = doc.publisher ? `, published by ${doc.publisher}` : '';

  return {
    uri: doc.uri,
    title: doc.title,
    version: doc.version ?? doc.lastChangeDateTime,
    source: doc.officialSourceURL ?? sourceUrl ?? doc.uri,
    licence: licenceOf(pkg),
    attribution: `${doc.title}, by ${doc.creator}${publisher}`,
  };
}

function item(
  file: string,
  entry: CFItem,
  index: number,
  position: number | undefined,
): CompetencyRecord {
  const numbered = Number.parseInt(entry.listEnumeration ?? '', 10);
  const abbreviated = entry.abbreviatedStatement ?? null;

  return {
    key: entry.identifier,
    kind: 'competency',
    itemType: entry.CFItemType ?? null,
    code: entry.humanCodingScheme ?? null,
    uri: entry.uri,
    label: entry.fullStatement,
    abbreviatedLabel: abbreviated,
    altLabels: cleanLabels(abbreviated ? [abbreviated] : [], entry.fullStatement),
    description: entry.notes ?? null,
    position: position ?? (Number.isFinite(numbered) ? numbered : index + 1),
    file,
    row: index + 1,
  };
}

function link(
  pkg: CFPackage,
  items: Set<string>,
  entry: CFAssociation,
  row: number,
  file: string,
): LinkRecord | null {
  const source = entry.originNodeURI.identifier;
  const target = entry.destinationNodeURI;
  if (!items.has(source)) return null;

  const inside = items.has(target.identifier);
  const ends = inside ? { targetKey: target.identifier } : { targetUri: target.uri };
  const base = { sourceKey: source, ...ends, position: row, file, row };

  if (entry.associationType === 'isChildOf') {
    if (target.identifier === pkg.CFDocument.identifier) return null;
    return { ...base, relation: inside ? 'parent' : 'broader' };
  }

  const mapping = Object.hasOwn(CASE_ASSOCIATION_TYPES, entry.associationType)
    ? CASE_ASSOCIATION_TYPES[entry.associationType]
    : null;
  return mapping ? { ...base, relation: mapping.relation, reverse: mapping.reverse } : null;
}

function childPositions(pkg: CFPackage): Map<string, number> {
  const positions = new Map<string, number>();
  for (const entry of pkg.CFAssociations ?? []) {
    const child = entry.originNodeURI.identifier;
    if (entry.associationType !== 'isChildOf' || entry.sequenceNumber === undefined) continue;
    if (!positions.has(child)) positions.set(child, entry.sequenceNumber);
  }
  return positions;
}

/**
 * Reads a CFPackage from JSON text: repairs CASE 1.0 export habits (see `case-legacy.ts`),
 * validates against the CASE 1.1 schema, and returns the framework and its records.
 */
export function readCasePackage(
  file: string,
  text: string,
  options: ImportOptions,
  sourceUrl: string | null = null,
): CasePackage {
  const pkg = upgrade(parseJson(file, text));
  validateCasePackage(file, pkg);

  const cf = pkg as unknown as CFPackage;
  const entries = cf.CFItems ?? [];
  const associations = cf.CFAssociations ?? [];
  const parsed = emptyParsed(file, 'case:cfpackage', entries.length + associations.length);
  const positions = childPositions(cf);
  const items = new Set(entries.map((entry) => entry.identifier));

  entries.forEach((entry, index) => {
    parsed.competencies.push(item(file, entry, index, positions.get(entry.identifier)));
  });
  associations.forEach((entry, index) => {
    const record = link(cf, items, entry, index + 1, file);
    if (record) parsed.links.push(record);
    else if (entry.associationType !== 'isChildOf') parsed.skipped += 1;
  });

  return { target: applyOptions(targetOf(cf, sourceUrl), options), parsed };
}
