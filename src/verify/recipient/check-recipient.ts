// The `recipient` check: was the credential issued to the identity the hiring manager gave?
// Plaintext identities are compared directly, hashed ones by hashing the identity with the salt.
import { check } from '../report/check';
import type { Check } from '../report/types';
import { hashIdentity, parseIdentityHash } from './hash';
import { type IdentityKind, kindOfType, type RecipientIdentity } from './identity';
import { type RequestedIdentity, readRequested } from './requested';

/** Whether the identity's stated type can hold an identity of the kind given. */
function comparable(identity: RecipientIdentity, kind: IdentityKind): boolean {
  if (identity.type === null) return true;

  return kindOfType(identity.type) === kind;
}

function samePlaintext(identity: string, candidate: string, kind: IdentityKind): boolean {
  const stated = identity.trim();
  return kind === 'email' ? stated.toLowerCase() === candidate.toLowerCase() : stated === candidate;
}

async function matches(identity: RecipientIdentity, requested: RequestedIdentity) {
  const { kind, candidates } = requested;
  if (!identity.hashed) return candidates.some((c) => samePlaintext(identity.identity, c, kind));

  const hash = parseIdentityHash(identity.identity);
  if (!hash) return false;

  for (const candidate of candidates) {
    if ((await hashIdentity(hash.algorithm, candidate, identity.salt)) === hash.digest) return true;
  }
  return false;
}

/** Identities that can be compared: a type of the same kind, and plaintext or a known hash. */
function usable(identities: RecipientIdentity[], kind: IdentityKind): RecipientIdentity[] {
  return identities.filter(
    (identity) =>
      comparable(identity, kind) && (!identity.hashed || parseIdentityHash(identity.identity)),
  );
}

function facts(identity: RecipientIdentity): Record<string, unknown> {
  const algorithm = identity.hashed ? parseIdentityHash(identity.identity)?.algorithm : undefined;
  return {
    identityType: identity.type,
    hashed: identity.hashed,
    source: identity.source,
    ...(algorithm ? { algorithm } : {}),
  };
}

/**
 * Compares the identity the hiring manager gave with the identities the credential was issued to.
 * `not_applicable` when none was given; `passed` on a match; `failed` (`recipient_mismatch`) when
 * comparable identities all differ; a `warning` when the credential names no comparable identity.
 * The identity given never appears in the check.
 */
export async function checkRecipient(
  identities: RecipientIdentity[],
  requested: string | undefined,
): Promise<Check> {
  if (requested === undefined || requested.trim() === '') {
    const message = 'No candidate identity was given, so the recipient was not compared.';
    return check('recipient', 'not_applicable', 'recipient_not_requested', message);
  }

  if (identities.length === 0) {
    const message = 'The credential does not say whom it was issued to, so it cannot be matched.';
    return check('recipient', 'warning', 'recipient_not_stated', message);
  }

  const wanted = readRequested(requested);
  const candidates = usable(identities, wanted.kind);
  if (candidates.length === 0) {
    const message =
      'The credential names its recipient by another kind of identity (or a hash we cannot ' +
      'compute), so it cannot be compared with the identity given.';
    const stated = identities.map((i) => i.type);
    return check('recipient', 'warning', 'recipient_not_comparable', message, { stated });
  }

  for (const identity of candidates) {
    if (await matches(identity, wanted)) {
      const message = 'The credential was issued to the identity given.';
      return check('recipient', 'passed', 'recipient_match', message, facts(identity));
    }
  }

  const message = 'The credential was not issued to the identity given.';
  return check('recipient', 'failed', 'recipient_mismatch', message, {
    compared: candidates.length,
  });
}
