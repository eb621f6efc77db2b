// The status bitstring: Multibase base64url (`u`) of a GZIP stream. Bitstring Status List v1.0
// §3.3 (expansion) and §3.2 step 7: bit 0 is the left-most (most significant) bit of byte 0.
import { base64UrlToBytes } from './base64url';

/** §2.2: "the uncompressed bitstring MUST be at least 16KB in size" (131,072 entries). */
export const MINIMUM_BITSTRING_BITS = 131_072;

/** We refuse to inflate more than this: 128 Mbit of statuses, far above any real list. */
const MAXIMUM_BITSTRING_BYTES = 16 * 1024 * 1024;

export type ExpandResult =
  | { ok: true; bits: Uint8Array }
  | { ok: false; problem: 'encoding' | 'compression' | 'too_large' };

async function inflate(compressed: Uint8Array): Promise<ExpandResult> {
  const stream = new Blob([compressed]).stream().pipeThrough(new DecompressionStream('gzip'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;

  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;

    length += value.byteLength;
    if (length > MAXIMUM_BITSTRING_BYTES) {
      await reader.cancel();
      return { ok: false, problem: 'too_large' };
    }
    chunks.push(value);
  }

  const bits = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bits.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bits };
}

/** Expands `encodedList`; lists from before Multibase (StatusList2021) have no `u` prefix. */
export async function expandEncodedList(encodedList: string): Promise<ExpandResult> {
  const compressed = base64UrlToBytes(
    encodedList.startsWith('u') ? encodedList.slice(1) : encodedList,
  );
  if (!compressed || compressed.byteLength === 0) return { ok: false, problem: 'encoding' };

  try {
    return await inflate(compressed);
  } catch {
    return { ok: false, problem: 'compression' };
  }
}

/**
 * The status value of entry `index`, `size` bits wide (most significant bit first), or null when
 * the entry lies beyond the end of the list (§3.2 step 6, RANGE_ERROR).
 */
export function readStatus(bits: Uint8Array, index: number, size: number): number | null {
  const start = index * size;
  if (!Number.isSafeInteger(start) || start + size > bits.byteLength * 8) return null;

  let value = 0;
  for (let position = start; position < start + size; position++) {
    const byte = bits[position >> 3] ?? 0;
    value = value * 2 + ((byte >> (7 - (position & 7))) & 1);
  }
  return value;
}
