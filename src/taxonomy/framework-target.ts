// The framework an import writes into: its identity (uri), title, version, source, licence and
// the attribution its licence asks for. ESCO and O*NET carry their publishers' notices.

export type FrameworkKind = 'case' | 'esco' | 'onet' | 'csv';
export type ImportKind = FrameworkKind | 'crosswalk';

export const IMPORT_KINDS: readonly ImportKind[] = ['case', 'esco', 'onet', 'csv', 'crosswalk'];

/** Everything kept about a framework besides its competencies. */
export interface FrameworkTarget {
  uri: string;
  title: string;
  version: string | null;
  source: string | null;
  licence: string | null;
  attribution: string | null;
}

/** What the person importing may say about the framework; each overrides the file's own. */
export interface ImportOptions {
  frameworkVersion?: string | null;
  title?: string | null;
  frameworkUri?: string | null;
  source?: string | null;
  licence?: string | null;
  attribution?: string | null;
  /** Names a crosswalk file's set of edges, so a new version replaces the old one's. */
  crosswalkName?: string | null;
}

export const ESCO_URI = 'http://data.europa.eu/esco';
export const ONET_URI = 'https://www.onetcenter.org/database.html';

function escoTarget(version: string | null): FrameworkTarget {
  return {
    uri: ESCO_URI,
    title: 'ESCO',
    version,
    source: 'https://esco.ec.europa.eu',
    licence: 'European Commission, reuse with attribution under Commission Decision 2011/833/EU',
    attribution: 'This service uses the ESCO classification of the European Commission.',
  };
}

function onetTarget(version: string | null): FrameworkTarget {
  const database = version ? `O*NET ${version} Database` : 'O*NET Database';
  return {
    uri: ONET_URI,
    title: 'O*NET',
    version,
    source: ONET_URI,
    licence: 'CC BY 4.0',
    attribution:
      `Includes information from the ${database} by the U.S. Department of Labor, Employment ` +
      'and Training Administration (USDOL/ETA), used under CC BY 4.0. O*NET® is a trademark of ' +
      'USDOL/ETA.',
  };
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function csvTarget(options: ImportOptions, fileName: string): FrameworkTarget {
  const title = options.title?.trim() || fileName.replace(/\.[^.]*$/, '');
  const uri = options.frameworkUri?.trim() || `urn:proofpath:framework:${slug(title) || 'csv'}`;

  return { uri, title, version: null, source: null, licence: null, attribution: null };
}

/** What the person importing said wins over what the file or the publisher's defaults say. */
export function applyOptions(target: FrameworkTarget, options: ImportOptions): FrameworkTarget {
  const pick = (given: string | null | undefined, fallback: string | null) =>
    given?.trim() ? given.trim() : fallback;

  return {
    uri: target.uri,
    title: pick(options.title, target.title) ?? target.title,
    version: pick(options.frameworkVersion, target.version),
    source: pick(options.source, target.source),
    licence: pick(options.licence, target.licence),
    attribution: pick(options.attribution, target.attribution),
  };
}

/** The target of an ESCO, O*NET or employer CSV import (a CASE package names its own). */
export function defaultTarget(
  kind: 'esco' | 'onet' | 'csv',
  options: ImportOptions,
  firstFileName: string,
): FrameworkTarget {
  const version = options.frameworkVersion?.trim() || null;
  if (kind === 'esco') return applyOptions(escoTarget(version), options);
  if (kind === 'onet') return applyOptions(onetTarget(version), options);

  return applyOptions(csvTarget(options, firstFileName), options);
}
