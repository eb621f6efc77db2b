// The checks for one status list entry, shared by Bitstring Status List and StatusList2021:
// read the entry, load the list, read the entry's bits, and add the warnings that apply.
import type { VerifyContext } from '../context';
import { advisory } from '../report/check';
import type { Check } from '../report/types';
import { MINIMUM_BITSTRING_BITS, readStatus } from './bitstring';
import { type StatusEntry, statusFacts, type StatusFacts } from './facts';
import { issuerChecks } from './issuer';
import { type ListProfile, loadStatusList, type StatusList } from './list-credential';
import { type ListEntry, readListEntry } from './list-entry';
import { statusOutcome } from './list-outcome';
import {
  capInsecure,
  entryMalformed,
  listMalformed,
  nestingTooDeep,
  purposeUnsupported,
} from './outcomes';

/** How a status list method differs from the others. */
export interface ListMethod extends ListProfile {
  /** The purposes we check; any other is reported as not supported. */
  purposes: readonly string[];
  /** Whether entries may set `statusSize` (Bitstring Status List) or are always one bit. */
  statusSize: boolean;
}

/** Nested verification stops here: a list of a list of a credential is not fetched. */
export const MAXIMUM_NESTING_DEPTH = 2;

function shortList(facts: StatusFacts, bits: number): Check {
  const message =
    "The issuer's status list is smaller than the standard minimum of 131,072 entries; " +
    'it was used anyway.';
  return advisory('status', 'warning', 'status_list_short', message, {
    ...facts,
    statusListLength: bits,
  });
}

function resultChecks(
  list: StatusList,
  entry: ListEntry,
  credential: Record<string, unknown>,
  facts: StatusFacts,
): Check[] {
  const value = readStatus(list.bits, entry.statusListIndex, entry.statusSize);
  if (value === null) return [listMalformed(facts, 'index_out_of_range')];

  const outcome = statusOutcome(value, entry, facts);
  const bits = list.bits.byteLength * 8;
  return [
    list.insecure ? capInsecure(outcome, facts) : outcome,
    ...(bits < MINIMUM_BITSTRING_BITS ? [shortList(facts, bits)] : []),
    ...issuerChecks(credential, list.issuer, facts),
  ];
}

export async function checkListEntry(
  raw: StatusEntry,
  credential: Record<string, unknown>,
  ctx: VerifyContext,
  method: ListMethod,
): Promise<Check[]> {
  const facts = statusFacts(raw);
  const read = readListEntry(raw, method.statusSize);
  if (!read.ok) return [entryMalformed(facts, read.problem)];

  const { entry } = read;
  if (!method.purposes.includes(entry.statusPurpose)) return [purposeUnsupported(facts)];

  if (ctx.depth >= MAXIMUM_NESTING_DEPTH) return [nestingTooDeep(facts)];

  const url = entry.statusListCredential;
  const loaded = await loadStatusList(url, entry.statusPurpose, method, ctx, facts);
  if (!loaded.ok) return [loaded.check];

  return resultChecks(loaded.list, entry, credential, facts);
}
