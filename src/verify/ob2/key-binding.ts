// The `issuer_binding` of a signed badge: the issuer's profile lists the signing key in
// `publicKey`, and the key names the issuer as its `owner`. Open Badges 1.x profiles list no keys:
// there the key must be hosted within the issuer's own addresses.
import { check } from '../report/check';
import type { Check } from '../report/types';
import { policyOf, withinPolicy } from './issuer-scope';
import { trustedProfile } from './profile-trust';
import type { SigningKey } from './signing-key';
import { isObject, type Json, type Loaded, type Ob2Version, text, type Unavailable } from './types';

/** The key ids an issuer profile lists in `publicKey` (ids or embedded CryptographicKeys). */
export function listedKeys(issuer: Json): string[] {
  const entries = [issuer.publicKey ?? []].flat();
  return entries
    .map((entry) => (isObject(entry) ? text(entry.id) : text(entry)))
    .filter((id): id is string => id !== null);
}

function legacyBinding(key: SigningKey, issuer: Json, details: Json): Check {
  const policy = policyOf(issuer);
  if (policy !== null && withinPolicy(key.id, policy)) {
    const message = "The signing key is published on the issuer's own site.";
    return check('issuer_binding', 'passed', 'key_within_issuer_origin', message, details);
  }

  const message = "The signing key is not published on the issuer's own site.";
  return check('issuer_binding', 'failed', 'key_outside_issuer_origin', message, details);
}

export function checkSignedBinding(
  key: SigningKey | Unavailable | null,
  badge: Loaded,
  issuer: Loaded,
  version: Ob2Version,
): Check {
  if (key === null || !key.ok) {
    const message = 'No key of the issuer could be checked for this signature.';
    return check('issuer_binding', key?.status ?? 'failed', 'key_not_checked', message);
  }

  const profile = trustedProfile(badge, issuer);
  if (!('node' in profile)) return profile;

  const issuerId = profile.node.id as string;
  const listed = listedKeys(profile.node);
  const details = { issuer: issuerId, key: key.id, owner: key.owner, listedKeys: listed };
  if (listed.length === 0 && version !== '2.0') return legacyBinding(key, profile.node, details);

  if (!listed.includes(key.id)) {
    const message = 'The key that signed the badge is not one its issuer lists in its profile.';
    return check('issuer_binding', 'failed', 'key_not_listed', message, details);
  }
  if (key.owner !== issuerId) {
    const owner = key.owner ?? 'no one';
    const message = `The key names ${owner} as its owner, not the issuer ${issuerId}.`;
    return check('issuer_binding', 'failed', 'key_owner_mismatch', message, details);
  }

  const message = 'The issuer lists the signing key in its profile, and the key names the issuer.';
  return check('issuer_binding', 'passed', 'issuer_lists_key', message, details);
}
