// W3C CCG Status List 2021 (`StatusList2021Entry`), the predecessor of Bitstring Status List:
// one bit per credential, revocation or suspension, base64url GZIP without a Multibase prefix.
import type { VerifyContext } from '../context';
import type { Check } from '../report/types';
import type { StatusEntry } from './facts';
import { checkListEntry, type ListMethod } from './list-entry-check';

export const STATUS_LIST_2021: ListMethod = {
  credentialType: 'StatusList2021Credential',
  subjectType: 'StatusList2021',
  purposes: ['revocation', 'suspension'],
  statusSize: false,
};

export function checkStatusList2021Entry(
  entry: StatusEntry,
  credential: Record<string, unknown>,
  ctx: VerifyContext,
): Promise<Check[]> {
  return checkListEntry(entry, credential, ctx, STATUS_LIST_2021);
}
