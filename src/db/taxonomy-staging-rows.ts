// The staging rows of one import file, as `src/taxonomy/import-stage.ts` builds them and
// `taxonomy-staging.ts` writes them.

export interface StagedCompetency {
  id: string;
  key: string;
  kind: string | null;
  itemType: string | null;
  code: string | null;
  uri: string | null;
  label: string | null;
  abbreviatedLabel: string | null;
  altLabels: readonly string[];
  description: string | null;
  position: number | null;
  row: number;
  refColumn: string | null;
}

export interface StagedLink {
  sourceId: string;
  relation: string;
  targetId: string | null;
  targetUri: string | null;
  reverse: boolean;
  position: number;
  row: number;
}

export interface StagedOccupationSkill {
  occupationId: string;
  competencyId: string;
  relationType: string | null;
  importance: number | null;
  level: number | null;
  hotTechnology: boolean | null;
  inDemand: boolean | null;
  row: number;
  occupationColumn: string;
  competencyColumn: string;
}

export interface StagedCrosswalkRow {
  sourceRef: string;
  sourceFramework: string | null;
  relation: string;
  targetRef: string;
  targetFramework: string | null;
  note: string | null;
  row: number;
}

/** One file's rows, ready for staging. */
export interface StagedFile {
  file: string;
  competencies: StagedCompetency[];
  links: StagedLink[];
  occupationSkills: StagedOccupationSkill[];
  crosswalk: StagedCrosswalkRow[];
}
