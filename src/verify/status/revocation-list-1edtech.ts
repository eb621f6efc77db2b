// 1EdTech Revocation List Status Method 1.0 (`1EdTechRevocationList`), named by Open Badges 3.0
// and CLR 2.0: `id` is the URL of a JSON list whose `revokedCredentials` name revoked credentials.
import type { VerifyContext } from '../context';
import type { Check } from '../report/types';
import { isObject, type StatusEntry, type StatusFacts, statusFacts } from './facts';
import { issuerChecks } from './issuer';
import { loadStatusDocument } from './list-document';
import { MAXIMUM_NESTING_DEPTH } from './list-entry-check';
import {
  capInsecure,
  cannotTell,
  entryMalformed,
  listMalformed,
  nestingTooDeep,
  notRevoked,
  revoked,
} from './outcomes';

const MAXIMUM_REASON_LENGTH = 300;

/** The entry's facts in the shape every status check reports: the list is the entry's `id`. */
function facts(entry: StatusEntry): StatusFacts {
  const listUrl = typeof entry.id === 'string' ? entry.id : null;
  return { ...statusFacts(entry), statusPurpose: 'revocation', statusListCredential: listUrl };
}

/** "If the credential's id is in the list ... and the value of revoked is true or omitted". */
function revocationOf(list: unknown[], credentialId: string): Record<string, unknown> | null {
  const listed = list.filter(isObject).find((item) => item.id === credentialId);
  if (!listed || listed.revoked === false || listed.revoked === 'false') return null;

  return listed;
}

function reason(item: Record<string, unknown>): string | null {
  const text = item.revocationReason;
  return typeof text === 'string' ? text.slice(0, MAXIMUM_REASON_LENGTH) : null;
}

export async function checkRevocationList1EdTech(
  entry: StatusEntry,
  credential: Record<string, unknown>,
  ctx: VerifyContext,
): Promise<Check[]> {
  const known = facts(entry);
  if (known.statusListCredential === null) return [entryMalformed(known, 'id')];

  if (typeof credential.id !== 'string') {
    return [cannotTell('credential_id_missing', 'The credential has no id to look up', known)];
  }
  if (ctx.depth >= MAXIMUM_NESTING_DEPTH) return [nestingTooDeep(known)];

  const loaded = await loadStatusDocument(known.statusListCredential, 'json', ctx, known);
  if (!loaded.ok) return [loaded.check];

  const { document, insecure } = loaded.value;
  const list = document.revokedCredentials ?? [];
  if (!Array.isArray(list)) return [listMalformed(known, 'revokedCredentials')];

  const item = revocationOf(list, credential.id);
  const outcome = item ? revoked(known, { revocationReason: reason(item) }) : notRevoked(known);
  return [
    insecure ? capInsecure(outcome, known) : outcome,
    ...issuerChecks(credential, document.issuer, known),
  ];
}
