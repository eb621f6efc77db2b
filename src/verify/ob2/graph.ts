// Loads what an assertion links to: its BadgeClass, and the BadgeClass's Issuer profile, each
// embedded or fetched through the guard, and read into the 2.0 shape.
import type { VerifyContext } from '../context';
import { fetchJson } from './documents';
import { hostOf } from './issuer-scope';
import { isObject, type Loaded, type Ob2Document, text, type Unavailable } from './types';
import { upgradeNode } from './upgrade';

type LinkRole = 'badge' | 'issuer';

const LINKS: Record<LinkRole, { type: 'BadgeClass' | 'Issuer'; code: string; message: string }> = {
  badge: {
    type: 'BadgeClass',
    code: 'badge_class_missing',
    message: 'The assertion names no badge class.',
  },
  issuer: {
    type: 'Issuer',
    code: 'issuer_profile_missing',
    message: 'The badge class names no issuer profile.',
  },
};

function missing(role: LinkRole): Unavailable {
  const { code, message } = LINKS[role];
  return { ok: false, status: 'failed', code, message };
}

/**
 * An issuer profile embedded in a signed badge is the signer's own word: the profile is fetched
 * from its id instead, so that only the issuer's site can list the issuer's keys.
 */
function linkOf(value: unknown, role: LinkRole, parent: Ob2Document): unknown {
  const selfAsserted = role === 'issuer' && parent.finalUrl === null && isObject(value);
  return selfAsserted && hostOf(text(value.id)) !== null ? value.id : value;
}

/** Embedded documents inherit where their parent came from, and how safely. */
async function loadLinked(
  link: unknown,
  role: LinkRole,
  parent: Ob2Document,
  ctx: VerifyContext,
): Promise<Loaded> {
  const { type } = LINKS[role];
  const value = linkOf(link, role, parent);
  if (isObject(value)) {
    const node = upgradeNode(value, null, type);
    return { ok: true, node, url: null, finalUrl: parent.finalUrl, insecure: parent.insecure };
  }

  const url = text(value);
  if (url === null) return missing(role);

  const fetched = await fetchJson(url, role, ctx);
  if (!fetched.ok) return fetched;

  const node = upgradeNode(fetched.json, url, type);
  return { ok: true, node, url, finalUrl: fetched.finalUrl, insecure: fetched.insecure };
}

/** The assertion's BadgeClass: embedded in it, or fetched from the URL in `badge`. */
export function loadBadgeClass(assertion: Ob2Document, ctx: VerifyContext): Promise<Loaded> {
  return loadLinked(assertion.node.badge, 'badge', assertion, ctx);
}

/** The BadgeClass's Issuer profile; not looked up when the BadgeClass could not be had. */
export async function loadIssuer(badge: Loaded, ctx: VerifyContext): Promise<Loaded> {
  if (!badge.ok) {
    const message = 'The issuer profile was not looked up: the badge class could not be had.';
    return { ok: false, status: badge.status, code: 'issuer_profile_not_checked', message };
  }

  return loadLinked(badge.node.issuer, 'issuer', badge, ctx);
}
