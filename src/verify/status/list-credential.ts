// Fetches a status list credential, verifies it with the same engine, checks that it is the
// list the entry points at (type and purpose), and expands its bitstring. §3.2 steps 3 to 5.
import type { VerifyContext } from '../context';
import type { Check } from '../report/types';
import { expandEncodedList } from './bitstring';
import { isObject, type StatusFacts } from './facts';
import { loadStatusDocument } from './list-document';
import { listTrustProblem } from './list-trust';
import { cannotTell, listMalformed } from './outcomes';

/** The names one status list method uses for its list credential and its subject. */
export interface ListProfile {
  credentialType: string;
  subjectType: string;
}

export interface StatusList {
  bits: Uint8Array;
  issuer: unknown;
  insecure: boolean;
}

export type ListResult = { ok: true; list: StatusList } | { ok: false; check: Check };

function includes(value: unknown, wanted: string): boolean {
  return [value].flat().includes(wanted);
}

/** The `encodedList` of a list that has the expected types and purpose, or the problem. */
function encodedList(
  document: Record<string, unknown>,
  profile: ListProfile,
  statusPurpose: string,
): { ok: true; encodedList: string } | { ok: false; problem: string } {
  if (!includes(document.type, profile.credentialType)) return { ok: false, problem: 'list_type' };

  const subject = [document.credentialSubject].flat().find(isObject);
  if (!subject || !includes(subject.type, profile.subjectType)) {
    return { ok: false, problem: 'subject_type' };
  }
  if (!includes(subject.statusPurpose, statusPurpose)) {
    return { ok: false, problem: 'purpose_mismatch' };
  }
  const encoded = subject.encodedList;
  return typeof encoded === 'string'
    ? { ok: true, encodedList: encoded }
    : { ok: false, problem: 'encoded_list_missing' };
}

async function verifyList(original: unknown, ctx: VerifyContext, facts: StatusFacts) {
  try {
    const problem = listTrustProblem(await ctx.verifyNested(original));
    return problem ? cannotTell(problem.code, problem.reason, facts) : null;
  } catch {
    const reason = "The issuer's status list could not be verified";
    return cannotTell('status_list_indeterminate', reason, facts);
  }
}

export async function loadStatusList(
  url: string,
  statusPurpose: string,
  profile: ListProfile,
  ctx: VerifyContext,
  facts: StatusFacts,
): Promise<ListResult> {
  const loaded = await loadStatusDocument(url, 'credential', ctx, facts);
  if (!loaded.ok) return loaded;

  const { document, original, insecure } = loaded.value;
  const untrusted = await verifyList(original, ctx, facts);
  if (untrusted) return { ok: false, check: untrusted };

  const found = encodedList(document, profile, statusPurpose);
  if (!found.ok) return { ok: false, check: listMalformed(facts, found.problem) };

  const expanded = await expandEncodedList(found.encodedList);
  if (!expanded.ok) return { ok: false, check: listMalformed(facts, expanded.problem) };

  return { ok: true, list: { bits: expanded.bits, issuer: document.issuer, insecure } };
}
