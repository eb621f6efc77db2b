// The summary of what a credential claims, shown at the top of a report.
import { idOf, isObject } from '../structure/problem';
import { typesOf } from '../structure/format';
import { validityDates } from '../validity/validity-period';
import { describeAchievement } from './achievements';
import type { ReportAchievement, ReportSubject } from './types';

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function achievementName(credential: Record<string, unknown>): string | null {
  const subject = [credential.credentialSubject ?? []].flat().find(isObject);
  const achievement = subject?.achievement;

  return isObject(achievement) ? text(achievement.name) : null;
}

function achievementsOf(credential: Record<string, unknown>): ReportAchievement[] {
  const subjects = [credential.credentialSubject ?? []].flat().filter(isObject);
  const nodes = subjects.flatMap((subject) => [subject.achievement ?? []].flat());

  return nodes.map(describeAchievement).filter((a): a is ReportAchievement => a !== null);
}

export function describeSubject(credential: Record<string, unknown>): ReportSubject {
  const issuer = credential.issuer;
  const { validFrom, validUntil } = validityDates(credential);
  const achievements = achievementsOf(credential);

  return {
    credentialId: text(credential.id),
    types: typesOf(credential),
    issuer: { id: idOf(issuer), name: isObject(issuer) ? text(issuer.name) : null },
    achievementName: achievementName(credential),
    validFrom,
    validUntil,
    ...(achievements.length > 0 ? { achievements } : {}),
  };
}
