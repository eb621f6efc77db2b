// The achievements a credential awards and their `alignment` entries, as the report shows them
// (OB 3.0 `Alignment`, OB 2.0 `AlignmentObject`). Only text fields are kept.
import { isObject } from '../structure/problem';
import type { ReportAchievement, ReportAlignment } from './types';

/** Most alignment entries kept per achievement. */
const MAX_ALIGNMENTS = 50;

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function alignmentOf(entry: Record<string, unknown>): ReportAlignment {
  return {
    targetName: text(entry.targetName),
    targetUrl: text(entry.targetUrl),
    targetCode: text(entry.targetCode),
    targetFramework: text(entry.targetFramework),
    targetType: text(entry.targetType),
  };
}

/** An achievement node (or a BadgeClass) as the report lists it; null for anything else. */
export function describeAchievement(node: unknown): ReportAchievement | null {
  if (!isObject(node)) return null;

  const entries = [node.alignment ?? []].flat().filter(isObject).slice(0, MAX_ALIGNMENTS);
  return { id: text(node.id), name: text(node.name), alignment: entries.map(alignmentOf) };
}
