// The `structure` check of an Open Badges assertion and of the BadgeClass and Issuer profile it
// rests on, when they could be had (when not, the issuer binding says why).
import { check } from '../report/check';
import type { Check } from '../report/types';
import { assertionRules, BADGE_CLASS_RULES, ISSUER_RULES, problemsOf } from './structure-rules';
import type { Json, Loaded, Ob2Version } from './types';

export function checkOb2Structure(
  assertion: Json,
  badge: Loaded | null,
  issuer: Loaded | null,
  version: Ob2Version,
): Check {
  const checked = ['Assertion'];
  const problems = problemsOf(assertion, assertionRules(version), 'Assertion');
  if (badge?.ok) {
    checked.push('BadgeClass');
    problems.push(...problemsOf(badge.node, BADGE_CLASS_RULES, 'BadgeClass'));
  }
  if (issuer?.ok) {
    checked.push('Issuer');
    problems.push(...problemsOf(issuer.node, ISSUER_RULES, 'Issuer'));
  }

  const first = problems[0];
  if (first) return check('structure', 'failed', first.code, first.message, { checked, problems });

  const message = `Every required property is there (${checked.join(', ')}).`;
  return check('structure', 'passed', 'structure_valid', message, { checked });
}
