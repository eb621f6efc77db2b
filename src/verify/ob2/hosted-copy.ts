// The `hosted_copy` check: the copy of a hosted badge that was given against the issuer's own.
// The issuer's copy is the one verified; differences are shown as a warning naming the fields.
import canonicalizeJson from 'canonicalize';
import { advisory } from '../report/check';
import type { Check } from '../report/types';
import type { Json } from './types';

/** Top-level properties whose values differ (added, removed or changed), in order. */
function differingFields(given: Json, hosted: Json): string[] {
  const names = [...new Set([...Object.keys(given), ...Object.keys(hosted)])].sort();

  return names.filter((name) => canonicalizeJson(given[name]) !== canonicalizeJson(hosted[name]));
}

export function checkHostedCopy(given: Json, hosted: Json | null, viaLink = false): Check {
  if (viaLink) {
    const message = "Only a link was given, so the issuer's copy is the only copy.";
    return advisory('hosted_copy', 'not_applicable', 'hosted_copy_only_link', message);
  }
  if (hosted === null) {
    const message = "Not compared: the issuer's copy of the badge could not be had.";
    return advisory('hosted_copy', 'unknown', 'hosted_copy_not_checked', message);
  }

  const fields = differingFields(given, hosted);
  if (fields.length > 0) {
    const message =
      `The copy given differs from the one the issuer hosts (${fields.join(', ')}); ` +
      "the issuer's copy was used.";
    return advisory('hosted_copy', 'warning', 'hosted_copy_differs', message, { fields });
  }

  const message = 'The copy given is the same as the one the issuer hosts.';
  return advisory('hosted_copy', 'passed', 'hosted_copy_matches', message);
}
