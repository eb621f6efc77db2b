// Compares who issued a credential with who published its status list.
import type { Check } from '../report/types';
import { isObject, type StatusFacts } from './facts';
import { issuerMismatch } from './outcomes';

/** The issuer's id: `issuer` is a URL string or an object with an `id`. */
export function issuerId(issuer: unknown): string | null {
  if (typeof issuer === 'string') return issuer;

  return isObject(issuer) && typeof issuer.id === 'string' ? issuer.id : null;
}

/** A warning when both issuers are known and differ; nothing otherwise. */
export function issuerChecks(
  credential: Record<string, unknown>,
  listIssuer: unknown,
  facts: StatusFacts,
): Check[] {
  const expected = issuerId(credential.issuer);
  const actual = issuerId(listIssuer);
  if (expected === null || actual === null || expected === actual) return [];

  return [issuerMismatch(facts, actual)];
}
