// Reads Open Badges 1.1, 1.0 and 0.5 documents into the 2.0 shape, as the 2.0 specification's
// upgrade notes describe: `verify` becomes `verification`, ids come from where documents live.
import { normaliseDate } from './dates';
import { isObject, type Json, OB1_CONTEXT, OB2_CONTEXT, type Ob2Version, text } from './types';

/** `hosted` or `signed`, in whichever spelling the document uses (`HostedBadge`, `SignedBadge`). */
export function verificationType(assertion: Json): 'hosted' | 'signed' | null {
  const verification = assertion.verification;
  const type = isObject(verification) ? verification.type : null;
  if (type === 'hosted' || type === 'HostedBadge') return 'hosted';
  if (type === 'signed' || type === 'SignedBadge') return 'signed';
  return null;
}

function defined(node: Json): Json {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined));
}

function contextsV2(context: unknown): unknown {
  if (context === undefined) return OB2_CONTEXT;

  const upgraded = [context].flat().map((c) => (c === OB1_CONTEXT ? OB2_CONTEXT : c));
  return upgraded.length === 1 ? upgraded[0] : upgraded;
}

/** 1.x `verify: {type, url}`: a hosted badge's url is its id, a signed badge's url its key. */
function verificationOf(verify: unknown): Json | undefined {
  if (!isObject(verify)) return undefined;

  const { url, ...rest } = verify;
  return rest.type === 'signed' ? defined({ ...rest, creator: url }) : rest;
}

function hostedUrl(verify: unknown): string | undefined {
  return isObject(verify) && verify.type === 'hosted' ? (text(verify.url) ?? undefined) : undefined;
}

function upgradeLegacy(assertion: Json): Json {
  const { verify, ...rest } = assertion;
  const verification = isObject(rest.verification) ? rest.verification : verificationOf(verify);

  return defined({
    ...rest,
    '@context': contextsV2(rest['@context']),
    type: rest.type ?? 'Assertion',
    id: text(rest.id) ?? hostedUrl(verify),
    verification,
    issuedOn: normaliseDate(rest.issuedOn),
    expires: normaliseDate(rest.expires),
  });
}

function upgrade05(assertion: Json): Json {
  const badge = isObject(assertion.badge) ? assertion.badge : {};
  const issuer = isObject(badge.issuer) ? badge.issuer : {};
  const identity = text(assertion.recipient);
  const recipient = identity && {
    type: 'email',
    identity,
    hashed: /^(sha256|md5)\$/i.test(identity),
    salt: text(assertion.salt) ?? undefined,
  };
  const { origin, contact, org: _org, ...rest } = issuer;

  return defined({
    type: 'Assertion',
    recipient: recipient ? defined(recipient) : undefined,
    badge: defined({
      ...badge,
      type: 'BadgeClass',
      version: undefined,
      issuer: defined({ ...rest, type: 'Issuer', id: origin, url: origin, email: contact }),
    }),
    evidence: assertion.evidence,
    issuedOn: normaliseDate(assertion.issued_on),
    expires: normaliseDate(assertion.expires),
  });
}

/** The assertion in the 2.0 shape; a 2.0 assertion is returned as it is. */
export function upgradeAssertion(assertion: Json, version: Ob2Version): Json {
  if (version === '2.0') return assertion;

  return version === '0.5' ? upgrade05(assertion) : upgradeLegacy(assertion);
}

/** A linked BadgeClass or Issuer in the 2.0 shape: an older one takes its id from its URL. */
export function upgradeNode(node: Json, url: string | null, type: 'BadgeClass' | 'Issuer'): Json {
  if ([node['@context'] ?? []].flat().includes(OB2_CONTEXT)) return node;

  const ownType = node.type === 'IssuerOrg' ? 'Issuer' : node.type;
  return defined({
    ...node,
    '@context': contextsV2(node['@context']),
    id: text(node.id) ?? url ?? undefined,
    type: ownType ?? type,
  });
}
