// Tells which Open Badges version an assertion is written in: 2.0 and 1.1 by their JSON-LD
// context, 1.0 and 0.5 (which have none) by their own words.
import { isObject, type Json, OB1_CONTEXT, OB2_CONTEXT, type Ob2Version } from './types';

function isVersion05(assertion: Json): boolean {
  const badge = assertion.badge;
  if (!isObject(badge)) return false;

  // 0.5 embeds the badge (with `version: "0.5.0"`) and names the recipient by a plain string.
  const version = badge.version;
  if (typeof version === 'string') return version.startsWith('0.5');
  return typeof assertion.recipient === 'string' && !('verify' in assertion);
}

/**
 * The version of an assertion. A document with an unknown context is read as 2.0, so that the
 * context check can refuse it by name.
 */
export function versionOf(assertion: Json): Ob2Version {
  const contexts = [assertion['@context'] ?? []].flat();
  if (contexts.includes(OB2_CONTEXT)) return '2.0';
  if (contexts.includes(OB1_CONTEXT)) return '1.1';
  if (assertion['@context'] !== undefined) return '2.0';

  return isVersion05(assertion) ? '0.5' : '1.0';
}
