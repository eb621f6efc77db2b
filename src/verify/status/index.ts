// The `status` step: asks the issuer whether the credential was revoked or suspended, through
// each `credentialStatus` entry's method. Never throws: every outcome is a check.
import type { VerifyContext } from '../context';
import { check } from '../report/check';
import type { Check } from '../report/types';
import { checkBitstringStatusListEntry } from './bitstring-status-list';
import { isObject, NO_FACTS, type StatusEntry, statusEntries, statusFacts } from './facts';
import { cannotTell, entryMalformed, methodUnsupported } from './outcomes';
import { checkRevocationList1EdTech } from './revocation-list-1edtech';
import { checkStatusList2021Entry } from './status-list-2021';

type StatusMethod = (
  entry: StatusEntry,
  credential: Record<string, unknown>,
  ctx: VerifyContext,
) => Promise<Check[]>;

const METHODS: ReadonlyMap<string, StatusMethod> = new Map([
  ['BitstringStatusListEntry', checkBitstringStatusListEntry],
  ['StatusList2021Entry', checkStatusList2021Entry],
  ['1EdTechRevocationList', checkRevocationList1EdTech],
]);

/** More entries than this are not fetched: each one costs a request to someone's server. */
const MAXIMUM_ENTRIES = 8;

function method(entry: StatusEntry): StatusMethod | null {
  for (const type of [entry.type].flat()) {
    const found = typeof type === 'string' ? METHODS.get(type) : undefined;
    if (found) return found;
  }
  return null;
}

async function checkEntry(
  entry: unknown,
  credential: Record<string, unknown>,
  ctx: VerifyContext,
): Promise<Check[]> {
  if (!isObject(entry)) return [entryMalformed(NO_FACTS, 'not_an_object')];

  const run = method(entry);
  if (!run) return [methodUnsupported(statusFacts(entry))];

  try {
    return await run(entry, credential, ctx);
  } catch {
    const reason = 'The status check hit an internal error';
    return [cannotTell('status_check_error', reason, statusFacts(entry))];
  }
}

/**
 * One `status` check per `credentialStatus` entry (plus advisory warnings such as a list from
 * another issuer), or a single `not_applicable` check when the credential has no status.
 */
export async function checkStatus(
  credential: Record<string, unknown>,
  ctx: VerifyContext,
): Promise<Check[]> {
  const entries = statusEntries(credential);
  if (entries.length === 0) {
    const message = 'The credential does not say where to check whether it was revoked.';
    return [check('status', 'not_applicable', 'no_status', message)];
  }

  const checks: Check[] = [];
  for (const entry of entries.slice(0, MAXIMUM_ENTRIES)) {
    checks.push(...(await checkEntry(entry, credential, ctx)));
  }
  if (entries.length > MAXIMUM_ENTRIES) {
    const message = `Only the first ${MAXIMUM_ENTRIES} status entries were checked.`;
    checks.push(check('status', 'warning', 'status_entries_skipped', message));
  }
  return checks;
}
