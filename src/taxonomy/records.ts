// What an importer reads out of one file, before ids are given: competencies, links between
// them, occupation–skill relations and crosswalk rows, each remembering its file and row.
import type { EdgeRelation } from './vocabulary';

/** Where a record came from, for error messages after the file is gone. */
export interface RecordOrigin {
  file: string;
  row: number;
}

/**
 * A competency (or group, occupation, technology) keyed within its framework. A record with a
 * null label only refers to a competency another file must describe; `refColumn` names the
 * column that referred to it.
 */
export interface CompetencyRecord extends RecordOrigin {
  key: string;
  kind: string | null;
  itemType?: string | null;
  code?: string | null;
  uri?: string | null;
  label: string | null;
  abbreviatedLabel?: string | null;
  altLabels?: readonly string[];
  description?: string | null;
  position?: number | null;
  refColumn?: string | null;
}

/**
 * A parent link (`parent`) or an association inside the framework. The target is a key of the
 * same framework, or a URI anywhere (resolved against the live frameworks at commit).
 */
export interface LinkRecord extends RecordOrigin {
  sourceKey: string;
  relation: 'parent' | EdgeRelation;
  targetKey?: string | null;
  targetUri?: string | null;
  reverse?: boolean;
  position: number;
}

/** ESCO essential/optional, or O*NET importance (IM) and level (LV); rows of a pair merge. */
export interface OccupationSkillRecord extends RecordOrigin {
  occupationKey: string;
  competencyKey: string;
  occupationColumn: string;
  competencyColumn: string;
  relationType?: 'essential' | 'optional' | null;
  importance?: number | null;
  level?: number | null;
  hotTechnology?: boolean | null;
  inDemand?: boolean | null;
}

/** One crosswalk row: references are competency URIs, codes, keys or ids. */
export interface CrosswalkRecord extends RecordOrigin {
  sourceRef: string;
  sourceFramework: string | null;
  relation: EdgeRelation;
  reverse: boolean;
  targetRef: string;
  targetFramework: string | null;
  note: string | null;
}

/** Everything read from one file. */
export interface ParsedFile {
  file: string;
  /** What the file was recognised as, such as `esco:skills` or `onet:technology-skills`. */
  fileType: string;
  rows: number;
  /** Set when the file was recognised but is not imported (O*NET task statements, say). */
  ignored?: string;
  /** Rows read but not imported, such as CASE associations to examples (`exemplar`). */
  skipped: number;
  competencies: CompetencyRecord[];
  links: LinkRecord[];
  occupationSkills: OccupationSkillRecord[];
  crosswalk: CrosswalkRecord[];
}

/** A parsed file with nothing in it yet. */
export function emptyParsed(file: string, fileType: string, rows: number): ParsedFile {
  return {
    file,
    fileType,
    rows,
    skipped: 0,
    competencies: [],
    links: [],
    occupationSkills: [],
    crosswalk: [],
  };
}

/** Alternative labels as stored: trimmed, without blanks or the label itself, sorted, unique. */
export function cleanLabels(labels: Iterable<string>, label?: string | null): string[] {
  const unique = new Set<string>();
  for (const raw of labels) {
    const value = raw.trim();
    if (value !== '' && value !== label) unique.add(value);
  }
  return [...unique].sort();
}

/** Where a file sits in its job (0 for the first file), for ordering links across files. */
export interface ParseContext {
  file: string;
  ordinal: number;
}

/**
 * Orders parent candidates: explicit hierarchy files (tier 0) before hints inside rows (tier 1),
 * then earlier files, then earlier rows. The first candidate that exists becomes the parent.
 */
export function linkPosition(context: ParseContext, tier: 0 | 1, row: number): number {
  return tier * 1e12 + context.ordinal * 1e7 + row;
}
