// Required parts of Open Badges 3.0 credentials (OB 3.0 §8.1 AchievementCredential, §8.4
// EndorsementCredential). CLR 2.0 specifics are checked when CLR support lands.
import { typesOf } from './format';
import { isObject, type Problem } from './problem';

function achievementProblems(subject: Record<string, unknown>): Problem[] {
  const achievement = subject.achievement;
  if (!isObject(achievement)) {
    return [
      { code: 'achievement_missing', message: 'The badge does not describe its achievement.' },
    ];
  }

  const problems: Problem[] = [];
  if (typeof achievement.id !== 'string') {
    problems.push({ code: 'achievement_id_missing', message: 'The achievement has no id.' });
  }
  if (!typesOf(achievement).includes('Achievement')) {
    problems.push({
      code: 'achievement_type_missing',
      message: 'The achievement does not declare the type Achievement.',
    });
  }
  if (typeof achievement.name !== 'string') {
    problems.push({ code: 'achievement_name_missing', message: 'The achievement has no name.' });
  }
  if (!isObject(achievement.criteria)) {
    problems.push({
      code: 'achievement_criteria_missing',
      message: 'The achievement states no criteria.',
    });
  }
  return problems;
}

export function openBadgesProblems(credential: Record<string, unknown>): Problem[] {
  const types = typesOf(credential);
  const subjects = [credential.credentialSubject ?? []].flat().filter(isObject);

  if (types.includes('OpenBadgeCredential') || types.includes('AchievementCredential')) {
    return subjects.flatMap(achievementProblems);
  }

  if (types.includes('EndorsementCredential') && !subjects.every((s) => typeof s.id === 'string')) {
    return [
      {
        code: 'endorsement_subject_missing',
        message: 'The endorsement does not say what it endorses.',
      },
    ];
  }

  return [];
}
