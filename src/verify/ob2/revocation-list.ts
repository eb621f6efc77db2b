// The `status` of a signed badge: the issuer profile's `revocationList` (Open Badges 2.0
// RevocationList, `revokedAssertions` by id or uid; Open Badges 1.0, an object from uid to reason).
import type { VerifyContext } from '../context';
import { advisory, check } from '../report/check';
import type { Check } from '../report/types';
import { fetchJson } from './documents';
import { isObject, type Json, type Loaded, text } from './types';

const MAXIMUM_REASON_LENGTH = 300;
const MAX_CACHE_SECONDS = 300;

interface Revocation {
  reason: string | null;
}

function matches(entry: unknown, id: string | null, uid: string | null): boolean {
  if (typeof entry === 'string') return entry === id || entry === uid;
  if (!isObject(entry) || entry.revoked === false) return false;

  return (id !== null && entry.id === id) || (uid !== null && entry.uid === uid);
}

function revocationOf(list: Json, assertion: Json): Revocation | null {
  const id = text(assertion.id);
  const uid = text(assertion.uid);
  const entries = list.revokedAssertions;
  if (Array.isArray(entries)) {
    const entry = entries.find((e) => matches(e, id, uid));
    if (entry === undefined) return null;
    return { reason: isObject(entry) ? text(entry.revocationReason) : null };
  }

  // Open Badges 1.0: `{ "<uid>": "<reason>" }`.
  if (uid === null || !(uid in list)) return null;
  return { reason: text(list[uid]) };
}

function revoked(revocation: Revocation, details: Json): Check {
  const reason = revocation.reason?.slice(0, MAXIMUM_REASON_LENGTH) ?? null;
  const message = reason
    ? `The issuer has revoked this badge: “${reason}”.`
    : 'The issuer has revoked this badge.';
  return check('status', 'failed', 'revoked', message, { ...details, revocationReason: reason });
}

export async function checkRevocationList(
  assertion: Json,
  issuer: Loaded,
  ctx: VerifyContext,
): Promise<Check> {
  if (!issuer.ok) {
    const message = 'The revocation list was not consulted: the issuer profile could not be had.';
    return check('status', 'unknown', 'status_not_checked', message);
  }

  const url = text(issuer.node.revocationList);
  if (url === null) {
    const message = 'The issuer publishes no revocation list, so it has not revoked this badge.';
    return check('status', 'passed', 'not_revoked', message, { revocationList: null });
  }

  const details = { revocationList: url };
  const fetched = await fetchJson(url, 'revocation_list', ctx, {
    maxCacheSeconds: MAX_CACHE_SECONDS,
  });
  if (!fetched.ok) {
    const message = `${fetched.message} So we cannot tell whether the badge has been revoked.`;
    return check('status', 'unknown', fetched.code, message, details);
  }

  const revocation = revocationOf(fetched.json, assertion);
  if (revocation) return revoked(revocation, details);

  if (fetched.insecure || issuer.insecure) {
    const message =
      'The revocation list came over plain HTTP (not HTTPS), so its answer cannot be relied on.';
    return advisory('status', 'warning', 'revocation_list_insecure', message, details);
  }
  const message = "The issuer's revocation list does not list this badge.";
  return check('status', 'passed', 'not_revoked', message, details);
}
