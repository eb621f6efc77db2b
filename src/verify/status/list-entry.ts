// Reads a status list entry (BitstringStatusListEntry or StatusList2021Entry) into numbers,
// or names the property that is wrong. Bitstring Status List v1.0 §2.1.
import { isObject, type StatusEntry } from './facts';

/** Wider entries than this are not supported; the specification sets no limit, real lists use 1. */
const MAXIMUM_STATUS_SIZE = 16;

export interface StatusMessage {
  status: number;
  message: string;
}

export interface ListEntry {
  statusPurpose: string;
  statusListIndex: number;
  statusListCredential: string;
  /** Bits per entry; 1 unless the entry says otherwise. */
  statusSize: number;
  statusMessage: StatusMessage[];
}

export type EntryResult = { ok: true; entry: ListEntry } | { ok: false; problem: string };

/** `statusListIndex` is "an arbitrary size integer ... expressed as a string"; numbers pass too. */
function index(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value !== 'string' || !/^\d{1,15}$/.test(value)) return null;

  return Number(value);
}

function size(value: unknown): number | null {
  if (value === undefined) return 1;

  const parsed = typeof value === 'string' && value !== '' ? Number(value) : value;
  if (typeof parsed !== 'number' || !Number.isInteger(parsed)) return null;

  return parsed >= 1 && parsed <= MAXIMUM_STATUS_SIZE ? parsed : null;
}

function isUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;

  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** `statusMessage` entries whose `status` is a hex string such as `0x2`; others are skipped. */
function messages(value: unknown): StatusMessage[] {
  const found: StatusMessage[] = [];
  for (const item of [value ?? []].flat()) {
    if (!isObject(item) || typeof item.message !== 'string' || typeof item.status !== 'string') {
      continue;
    }
    if (/^0x[0-9a-f]+$/i.test(item.status)) {
      found.push({ status: Number.parseInt(item.status.slice(2), 16), message: item.message });
    }
  }
  return found;
}

export function readListEntry(entry: StatusEntry, withStatusSize: boolean): EntryResult {
  if (typeof entry.statusPurpose !== 'string') return { ok: false, problem: 'statusPurpose' };

  const statusListIndex = index(entry.statusListIndex);
  if (statusListIndex === null) return { ok: false, problem: 'statusListIndex' };

  if (!isUrl(entry.statusListCredential)) return { ok: false, problem: 'statusListCredential' };

  const statusSize = withStatusSize ? size(entry.statusSize) : 1;
  if (statusSize === null) return { ok: false, problem: 'statusSize' };

  const statusListCredential = entry.statusListCredential;
  const statusPurpose = entry.statusPurpose;
  const statusMessage = messages(entry.statusMessage);
  return {
    ok: true,
    entry: { statusPurpose, statusListIndex, statusListCredential, statusSize, statusMessage },
  };
}
