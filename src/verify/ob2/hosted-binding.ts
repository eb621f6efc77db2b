// The `issuer_binding` of a hosted badge: its id (and wherever it redirected to) lies within the
// addresses its issuer allows: the issuer's own host, or its `allowedOrigins` / `startsWith`.
import { check } from '../report/check';
import type { Check } from '../report/types';
import { hostOf, policyOf, withinPolicy } from './issuer-scope';
import { trustedProfile } from './profile-trust';
import type { Loaded, Ob2Document } from './types';

export function checkHostedBinding(hosted: Ob2Document, badge: Loaded, issuer: Loaded): Check {
  const profile = trustedProfile(badge, issuer);
  if (!('node' in profile)) return profile;

  const issuerId = profile.node.id as string;
  const policy = policyOf(profile.node);
  if (policy === null) {
    const message = `The issuer ${issuerId} has no web address, so no hosted badge can be its own.`;
    return check('issuer_binding', 'failed', 'issuer_origin_unknown', message, {
      issuer: issuerId,
    });
  }

  const addresses = [hosted.url, hosted.finalUrl].filter((u): u is string => u !== null);
  const details = { issuer: issuerId, assertionId: hosted.url, ...policy };
  const outside = addresses.find((address) => !withinPolicy(address, policy));
  if (outside !== undefined) {
    const message =
      `The badge is hosted on ${hostOf(outside) ?? outside}, outside the addresses its issuer ` +
      `(${issuerId}) allows for its badges.`;
    return check('issuer_binding', 'failed', 'assertion_outside_issuer_scope', message, details);
  }

  const message = 'The badge is hosted at an address its issuer allows for its badges.';
  return check('issuer_binding', 'passed', 'assertion_within_issuer_scope', message, details);
}
