// Reads the identities a credential was issued to: Open Badges 2.0 `recipient` (and the plain
// string of 0.5 and early 1.0 assertions), Open Badges 3.0 `credentialSubject.identifier` and `id`.
import { parseIdentityHash } from './hash';
import type { RecipientIdentity } from './identity';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** `hashed` as stated; when left out, an identity written `sha256$…` or `md5$…` is a hash. */
function isHashed(hashed: unknown, identity: string): boolean {
  if (hashed === true || hashed === 'true') return true;
  if (hashed === false || hashed === 'false') return false;

  return parseIdentityHash(identity) !== null;
}

function ob2Identity(recipient: unknown, topLevelSalt: unknown): RecipientIdentity | null {
  if (typeof recipient === 'string') {
    const identity = recipient.trim();
    const salt = text(topLevelSalt);
    return {
      type: 'email',
      identity,
      hashed: isHashed(undefined, identity),
      salt,
      source: 'recipient',
    };
  }
  if (!isObject(recipient)) return null;

  const identity = text(recipient.identity);
  if (identity === null) return null;

  const type = text(recipient.type);
  const salt = text(recipient.salt);
  return {
    type,
    identity,
    hashed: isHashed(recipient.hashed, identity),
    salt,
    source: 'recipient',
  };
}

/** The recipient of an Open Badges 2.0 assertion (or of a 0.5 to 1.1 one, as it is written). */
export function ob2RecipientIdentities(assertion: Json): RecipientIdentity[] {
  const identity = ob2Identity(assertion.recipient, assertion.salt);
  return identity ? [identity] : [];
}

function ob3Identity(value: unknown): RecipientIdentity | null {
  if (!isObject(value)) return null;

  const identity = text(value.identityHash);
  if (identity === null) return null;

  const type = text(value.identityType);
  const salt = text(value.salt);
  const hashed = isHashed(value.hashed, identity);
  return { type, identity, hashed, salt, source: 'credentialSubject.identifier' };
}

function subjectId(subject: Json): RecipientIdentity | null {
  const id = text(subject.id);
  if (id === null) return null;

  const type = id.startsWith('did:') ? 'did' : /^https?:\/\//.test(id) ? 'url' : null;
  return { type, identity: id, hashed: false, salt: null, source: 'credentialSubject.id' };
}

/**
 * The identities of an Open Badges 3.0 (or any VC) credential's subjects: every IdentityObject in
 * `credentialSubject.identifier`, and `credentialSubject.id` when it is set.
 */
export function ob3RecipientIdentities(credential: Json): RecipientIdentity[] {
  const subjects = [credential.credentialSubject ?? []].flat().filter(isObject);

  return subjects.flatMap((subject) => {
    const identifiers = [subject.identifier ?? []].flat().map(ob3Identity);
    return [...identifiers, subjectId(subject)].filter((i): i is RecipientIdentity => i !== null);
  });
}
