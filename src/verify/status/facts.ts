// What a status entry says, read once, so every status check carries the same details.

/** The facts of one `credentialStatus` entry that every status check reports in `details`. */
export interface StatusFacts {
  type: string | null;
  statusPurpose: string | null;
  statusListIndex: string | null;
  statusListCredential: string | null;
}

export type StatusEntry = Record<string, unknown>;

/** The facts of an entry that could not be read at all. */
export const NO_FACTS: StatusFacts = {
  type: null,
  statusPurpose: null,
  statusListIndex: null,
  statusListCredential: null,
};

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;

  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

/** The type of an entry: the first string of `type` (a string or an array). */
function entryType(entry: StatusEntry): string | null {
  const types = [entry.type].flat();

  return types.find((type): type is string => typeof type === 'string') ?? null;
}

export function statusFacts(entry: StatusEntry): StatusFacts {
  return {
    type: entryType(entry),
    statusPurpose: text(entry.statusPurpose),
    statusListIndex: text(entry.statusListIndex),
    statusListCredential: text(entry.statusListCredential),
  };
}

/** The entries of `credentialStatus`: none, one object, or an array (kept as given). */
export function statusEntries(credential: Record<string, unknown>): unknown[] {
  const status = credential.credentialStatus;
  if (status === undefined || status === null) return [];

  return [status].flat();
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
