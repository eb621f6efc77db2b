// Endorsements carried by an OB 3.0 credential, its issuer or its achievements (OB 3.0 §8.4):
// each is verified in full as a credential of its own and never changes the main verdict.
import type { VerifyContext } from '../context';
import type { VerificationReport } from '../report/types';
import { isObject } from '../structure/problem';

/** Most endorsements verified per credential; the rest are not fetched or checked. */
export const MAX_ENDORSEMENTS = 10;

/** Endorsements are verified for the credential given and for those one level inside it. */
const MAX_ENDORSEMENT_DEPTH = 1;

function carriedBy(node: unknown): unknown[] {
  if (!isObject(node)) return [];

  const embedded = [node.endorsement ?? []].flat().filter(isObject);
  const tokens = [node.endorsementJwt ?? []].flat().filter((t) => typeof t === 'string');
  return [...embedded, ...tokens];
}

/** Every endorsement, as an object or a compact JWT, from the places OB 3.0 allows them. */
export function endorsementsOf(credential: Record<string, unknown>): unknown[] {
  const subjects = [credential.credentialSubject ?? []].flat().filter(isObject);
  const achievements = subjects.map((subject) => subject.achievement);

  return [credential, credential.issuer, ...achievements].flatMap(carriedBy);
}

export async function verifyEndorsements(
  credential: Record<string, unknown>,
  ctx: VerifyContext,
): Promise<VerificationReport[]> {
  if (ctx.depth > MAX_ENDORSEMENT_DEPTH) return [];

  const endorsements = endorsementsOf(credential).slice(0, MAX_ENDORSEMENTS);
  return Promise.all(endorsements.map((endorsement) => ctx.verifyNested(endorsement)));
}
