// Maps a badge class to competencies from its own `alignment` entries (OB 2.0 AlignmentObject,
// OB 3.0 Alignment): by `targetUrl`, by the CFItem a CASE URI names, or by `targetCode` within
// `targetFramework`. Everything in a badge is untrusted: entries are read defensively.
import type { Db } from '../db/client';
import { insertAlignmentMappings } from '../db/taxonomy-mappings';
import {
  caseItemsWithIdentifier,
  competenciesAtUri,
  competenciesWithCode,
} from '../db/taxonomy-resolve';
import { randomId } from './ids';

/** The parts of an OB 2.0 BadgeClass or OB 3.0 Achievement this reads. */
export interface AlignedAchievement {
  id?: unknown;
  alignment?: unknown;
}

/** The fields of one alignment entry that can name a competency. */
export interface AlignmentTarget {
  targetUrl?: string;
  targetCode?: string;
  targetFramework?: string;
  targetType?: string;
  targetName?: string;
}

export interface AlignmentOutcome {
  achievementId: string | null;
  /** Entries that named exactly one competency, and how. */
  mapped: Array<{ index: number; competencyId: string; matchedBy: MatchRule }>;
  /** Entries that named none, or more than one. */
  unmatched: Array<{ index: number; reason: 'not_found' | 'ambiguous' | 'malformed' }>;
  /** New mappings written (an existing mapping, an admin's say, is kept as it is). */
  added: number;
}

export type MatchRule = 'targetUrl' | 'cfItemIdentifier' | 'targetCode';

const MAX_ALIGNMENTS = 50;
const TEXT_LIMIT = 2048;
// A CASE item's URI ends in its identifier: …/CFItems/<id> in the CASE API, …/uri/<id> in
// OpenSALT and the CASE Network.
const CF_ITEM_URI = /\/(?:CFItems|uri)\/([A-Za-z0-9._~-]+)\/?$/;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' && value.length <= TEXT_LIMIT
    ? value.trim()
    : undefined;
}

/** The usable fields of an alignment entry, or null when it is not an object. */
export function readAlignment(entry: unknown): AlignmentTarget | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;

  const fields = entry as Record<string, unknown>;
  const target: AlignmentTarget = {};
  for (const key of [
    'targetUrl',
    'targetCode',
    'targetFramework',
    'targetType',
    'targetName',
  ] as const) {
    const value = text(fields[key]);
    if (value !== undefined) target[key] = value;
  }
  return target;
}

type Resolution =
  | { competencyId: string; matchedBy: MatchRule }
  | { reason: AlignmentOutcome['unmatched'][number]['reason'] };

async function resolve(
  db: Db,
  organisationId: string | null,
  target: AlignmentTarget,
): Promise<Resolution> {
  const attempts: Array<[MatchRule, () => Promise<string[]>]> = [];
  const { targetUrl, targetCode, targetFramework } = target;
  const identifier = targetUrl?.match(CF_ITEM_URI)?.[1];

  if (targetUrl)
    attempts.push(['targetUrl', () => competenciesAtUri(db, organisationId, targetUrl)]);
  if (identifier) {
    attempts.push([
      'cfItemIdentifier',
      () => caseItemsWithIdentifier(db, organisationId, identifier),
    ]);
  }
  if (targetCode && targetFramework) {
    attempts.push([
      'targetCode',
      () => competenciesWithCode(db, organisationId, targetCode, targetFramework),
    ]);
  }

  let ambiguous = false;
  for (const [rule, attempt] of attempts) {
    const ids = await attempt();
    if (ids.length === 1) return { competencyId: ids[0] as string, matchedBy: rule };
    ambiguous ||= ids.length > 1;
  }
  return { reason: ambiguous ? 'ambiguous' : 'not_found' };
}

/**
 * Records automatic mappings for a badge class from its `alignment` entries, for the owner
 * (an organisation, or null for the public mapping every organisation sees). Mappings get the
 * band `core` and the origin `alignment`; an existing mapping is never overwritten.
 */
export async function mapAlignments(
  db: Db,
  organisationId: string | null,
  achievement: AlignedAchievement,
  now: Date,
): Promise<AlignmentOutcome> {
  const achievementId = text(achievement.id) ?? null;
  const entries = Array.isArray(achievement.alignment)
    ? achievement.alignment.slice(0, MAX_ALIGNMENTS)
    : [];
  const outcome: AlignmentOutcome = { achievementId, mapped: [], unmatched: [], added: 0 };
  if (achievementId === null) return outcome;

  const alignments: Array<{ id: string; competencyId: string; alignment: object }> = [];
  for (const [index, entry] of entries.entries()) {
    const target = readAlignment(entry);
    const found: Resolution = target
      ? await resolve(db, organisationId, target)
      : { reason: 'malformed' };
    if ('reason' in found) {
      outcome.unmatched.push({ index, reason: found.reason });
      continue;
    }
    outcome.mapped.push({ index, ...found });
    alignments.push({
      id: randomId('bm_'),
      competencyId: found.competencyId,
      alignment: target ?? {},
    });
  }

  outcome.added = await insertAlignmentMappings(db, organisationId, achievementId, alignments, now);
  return outcome;
}
