// W3C Bitstring Status List v1.0 (`BitstringStatusListEntry`): revocation, suspension and
// message purposes; `refresh` is reported as not supported.
import type { VerifyContext } from '../context';
import type { Check } from '../report/types';
import type { StatusEntry } from './facts';
import { checkListEntry, type ListMethod } from './list-entry-check';

export const BITSTRING_STATUS_LIST: ListMethod = {
  credentialType: 'BitstringStatusListCredential',
  subjectType: 'BitstringStatusList',
  purposes: ['revocation', 'suspension', 'message'],
  statusSize: true,
};

export function checkBitstringStatusListEntry(
  entry: StatusEntry,
  credential: Record<string, unknown>,
  ctx: VerifyContext,
): Promise<Check[]> {
  return checkListEntry(entry, credential, ctx, BITSTRING_STATUS_LIST);
}
