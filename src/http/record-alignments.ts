// After a verification: the badge's own `alignment` entries become badge-to-competency mappings
// (origin `alignment`), but only from credentials that proved authentic — a forged badge must not
// teach the portal what a badge class means.
import type { Db } from '../db/client';
import { mapAlignments } from '../taxonomy/alignments';
import type { ReportAchievement, VerificationReport } from '../verify/report/types';

/** Achievements of the report and of the credentials inside it, from authentic credentials only. */
function authenticAchievements(report: VerificationReport): ReportAchievement[] {
  const own = report.authentic === true ? (report.subject?.achievements ?? []) : [];
  const inside = (report.credentials ?? []).flatMap(authenticAchievements);

  return [...own, ...inside].filter((a) => a.id !== null && a.alignment.length > 0);
}

/** Records the alignments of every authentic achievement in the report. Returns how many. */
export async function recordAlignments(
  db: Db,
  organisationId: string | null,
  report: VerificationReport,
  now: Date,
): Promise<number> {
  const achievements = authenticAchievements(report);
  for (const achievement of achievements) {
    await mapAlignments(db, organisationId, achievement, now);
  }
  return achievements.length;
}
