// What both kinds of issuer binding need first: the BadgeClass and Issuer profile were had, over
// HTTPS, and the profile was found on the host its own id names (no profile may speak for
// another site's issuer).
import { check } from '../report/check';
import type { Check } from '../report/types';
import { hostOf } from './issuer-scope';
import { type Loaded, type Ob2Document, text, type Unavailable } from './types';

function unavailable(document: Unavailable): Check {
  return check('issuer_binding', document.status, document.code, document.message);
}

/**
 * A failed or unknown `issuer_binding` check when the profile cannot be relied on; otherwise the
 * trusted issuer profile.
 */
export function trustedProfile(badge: Loaded, issuer: Loaded): Check | Ob2Document {
  if (!badge.ok) return unavailable(badge);
  if (!issuer.ok) return unavailable(issuer);

  const id = text(issuer.node.id);
  const details = { issuer: id, profileUrl: issuer.finalUrl };
  if (id === null) {
    const message = 'The issuer profile has no id, so the badge cannot be tied to an issuer.';
    return check('issuer_binding', 'failed', 'issuer_id_missing', message, details);
  }

  const foundOn = hostOf(issuer.finalUrl);
  if (foundOn === null) {
    const message =
      'The issuer profile is only embedded in the badge, not published at its own address, so ' +
      'it cannot vouch for the badge.';
    return check('issuer_binding', 'failed', 'issuer_profile_not_published', message, details);
  }
  if (hostOf(id) !== foundOn) {
    const message = `The issuer profile found on ${foundOn} claims to be ${id}, on another site.`;
    return check('issuer_binding', 'failed', 'issuer_profile_id_mismatch', message, details);
  }

  if (badge.insecure || issuer.insecure) {
    const message =
      'The badge class or issuer profile came over plain HTTP (not HTTPS), so who issued the ' +
      'badge cannot be relied on.';
    return check('issuer_binding', 'unknown', 'issuer_profile_insecure', message, details);
  }
  return issuer;
}
