// The `structure` check: the types and required properties of a Verifiable Credential and, for
// Open Badges 3.0 / CLR 2.0, of OpenBadgeCredential, AchievementCredential and EndorsementCredential.
import { check } from '../report/check';
import type { Check } from '../report/types';
import { dataModelOf, typesOf } from './format';
import { credentialProblems } from './vc-rules';
import { openBadgesProblems } from './open-badges-rules';

export function checkStructure(credential: Record<string, unknown>): Check {
  const problems = [...credentialProblems(credential), ...openBadgesProblems(credential)];
  const details = { types: typesOf(credential), dataModel: dataModelOf(credential) };

  if (problems.length > 0) {
    const first = problems[0] as { code: string; message: string };
    return check('structure', 'failed', first.code, first.message, { ...details, problems });
  }

  return check(
    'structure',
    'passed',
    'structure_valid',
    'The credential has every required part.',
    details,
  );
}
