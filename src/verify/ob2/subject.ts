// The report's summary and format for an Open Badges 2.0 (or older) assertion.
import type { Format, ReportSubject } from '../report/types';
import { typesOf } from '../structure/format';
import { idOf } from '../structure/problem';
import { isObject, type Json, type Loaded, type Ob2Version, text } from './types';
import { describeAchievement } from '../report/achievements';

function node(loaded: Loaded | null): Json | null {
  return loaded?.ok ? loaded.node : null;
}

/** What the assertion claims: its id, its BadgeClass's name, its issuer, its dates. */
export function describeOb2Subject(
  assertion: Json,
  badge: Loaded | null,
  issuer: Loaded | null,
): ReportSubject {
  const badgeClass = node(badge) ?? (isObject(assertion.badge) ? assertion.badge : null);
  const profile = node(issuer);
  const issuerId = text(profile?.id) ?? idOf(badgeClass?.issuer);
  const achievement = describeAchievement(badgeClass);

  return {
    credentialId: text(assertion.id),
    types: typesOf(assertion),
    issuer: { id: issuerId, name: text(profile?.name) },
    achievementName: text(badgeClass?.name),
    validFrom: text(assertion.issuedOn),
    validUntil: text(assertion.expires),
    ...(achievement ? { achievements: [achievement] } : {}),
  };
}

export function ob2Format(version: Ob2Version, securing: 'hosted' | 'jws' | 'none'): Format {
  return { type: `open-badges-${version}`, dataModel: null, securing };
}
