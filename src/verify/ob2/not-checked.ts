// A check that could not run because a document it rests on could not be had. Reported for
// information: the check that failed to get the document already decides the verdict.
import { advisory } from '../report/check';
import type { Check, CheckId } from '../report/types';

export function notChecked(id: CheckId, reason: string): Check {
  return advisory(id, 'unknown', `${id}_not_checked`, `Not checked: ${reason}.`);
}
