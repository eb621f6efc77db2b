// Turns one parsed file into staging rows: competency ids derived from the framework and key,
// rows about the same competency (or occupation–skill pair) merged, crosswalk rows turned the
// right way round. Rows too large for one D1 statement are refused here, before any write.
import type {
  StagedCompetency,
  StagedCrosswalkRow,
  StagedFile,
  StagedOccupationSkill,
} from '../db/taxonomy-staging';
import { utf8Length } from '../db/taxonomy-staging';
import { competencyIds } from './ids';
import { invalid } from './import-error';
import {
  type CompetencyRecord,
  cleanLabels,
  type OccupationSkillRecord,
  type ParsedFile,
} from './records';

/** Text a single competency may carry: well inside the 90 KB of one staging statement. */
const MAX_COMPETENCY_BYTES = 60_000;

function merge(into: CompetencyRecord, next: CompetencyRecord): CompetencyRecord {
  const labels = [...(into.altLabels ?? []), ...(next.altLabels ?? [])];
  const label = into.label ?? next.label;
  return {
    ...into,
    kind: into.kind ?? next.kind,
    itemType: into.itemType ?? next.itemType,
    code: into.code ?? next.code,
    uri: into.uri ?? next.uri,
    label,
    abbreviatedLabel: into.abbreviatedLabel ?? next.abbreviatedLabel,
    altLabels: cleanLabels(labels, label),
    description: into.description ?? next.description,
    position: into.position ?? next.position,
    refColumn: into.refColumn ?? next.refColumn,
  };
}

function checkSize(file: string, record: CompetencyRecord): void {
  const text = [record.label, record.description, ...(record.altLabels ?? [])].join('');
  if (utf8Length(text) > MAX_COMPETENCY_BYTES) {
    invalid(
      { file, row: record.row, column: 'description' },
      'This row holds more than 60 KB of text.',
    );
  }
}

async function competencies(parsed: ParsedFile, id: (key: string) => Promise<string>) {
  const byKey = new Map<string, CompetencyRecord>();
  for (const record of parsed.competencies) {
    const known = byKey.get(record.key);
    byKey.set(record.key, known ? merge(known, record) : record);
  }

  const staged: StagedCompetency[] = [];
  for (const record of byKey.values()) {
    checkSize(parsed.file, record);
    staged.push({
      id: await id(record.key),
      key: record.key,
      kind: record.kind,
      itemType: record.itemType ?? null,
      code: record.code ?? null,
      uri: record.uri ?? null,
      label: record.label,
      abbreviatedLabel: record.abbreviatedLabel ?? null,
      altLabels: cleanLabels(record.altLabels ?? [], record.label),
      description: record.description ?? null,
      position: record.position ?? null,
      row: record.row,
      refColumn: record.label === null ? (record.refColumn ?? null) : null,
    });
  }
  return staged;
}

function mergeSkill(into: OccupationSkillRecord, next: OccupationSkillRecord) {
  return {
    ...into,
    relationType: into.relationType ?? next.relationType,
    importance: into.importance ?? next.importance,
    level: into.level ?? next.level,
    hotTechnology: into.hotTechnology ?? next.hotTechnology,
    inDemand: into.inDemand ?? next.inDemand,
  };
}

async function occupationSkills(parsed: ParsedFile, id: (key: string) => Promise<string>) {
  const byPair = new Map<string, OccupationSkillRecord>();
  for (const record of parsed.occupationSkills) {
    const pair = `${record.occupationKey}\n${record.competencyKey}`;
    const known = byPair.get(pair);
    byPair.set(pair, known ? mergeSkill(known, record) : record);
  }

  const staged: StagedOccupationSkill[] = [];
  for (const record of byPair.values()) {
    staged.push({
      occupationId: await id(record.occupationKey),
      competencyId: await id(record.competencyKey),
      relationType: record.relationType ?? null,
      importance: record.importance ?? null,
      level: record.level ?? null,
      hotTechnology: record.hotTechnology ?? null,
      inDemand: record.inDemand ?? null,
      row: record.row,
      occupationColumn: record.occupationColumn,
      competencyColumn: record.competencyColumn,
    });
  }
  return staged;
}

function crosswalk(parsed: ParsedFile): StagedCrosswalkRow[] {
  return parsed.crosswalk.map((record) => {
    const [source, target] = record.reverse
      ? [
          [record.targetRef, record.targetFramework] as const,
          [record.sourceRef, record.sourceFramework] as const,
        ]
      : [
          [record.sourceRef, record.sourceFramework] as const,
          [record.targetRef, record.targetFramework] as const,
        ];
    return {
      sourceRef: source[0],
      sourceFramework: source[1],
      relation: record.relation,
      targetRef: target[0],
      targetFramework: target[1],
      note: record.note,
      row: record.row,
    };
  });
}

/** The staging rows of one parsed file; `frameworkId` is null for a crosswalk. */
export async function stagedFileOf(
  parsed: ParsedFile,
  frameworkId: string | null,
): Promise<StagedFile> {
  const id = competencyIds(frameworkId ?? '');
  const links = [];
  for (const link of parsed.links) {
    links.push({
      sourceId: await id(link.sourceKey),
      relation: link.relation,
      targetId: link.targetKey ? await id(link.targetKey) : null,
      targetUri: link.targetUri ?? null,
      reverse: link.reverse ?? false,
      position: link.position,
      row: link.row,
    });
  }

  return {
    file: parsed.file,
    competencies: await competencies(parsed, id),
    links,
    occupationSkills: await occupationSkills(parsed, id),
    crosswalk: crosswalk(parsed),
  };
}
