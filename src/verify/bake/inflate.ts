// Inflates zlib data (RFC 1950, what PNG text chunks hold) with the platform's
// DecompressionStream, stopping as soon as the output passes a cap: a small chunk can hold a bomb.

export type Inflated =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too_large' | 'corrupt' };

async function readCapped(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  maxBytes: number,
): Promise<Inflated> {
  const parts: Uint8Array[] = [];
  let total = 0;

  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;

    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: 'too_large' };
    }
    parts.push(value);
  }

  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { ok: true, bytes };
}

/** The inflated bytes, or why not: more than `maxBytes` of output, or data that is not zlib. */
export async function inflateCapped(data: Uint8Array, maxBytes: number): Promise<Inflated> {
  const input = new Blob([data as Uint8Array<ArrayBuffer>]).stream();
  const reader = input.pipeThrough(new DecompressionStream('deflate')).getReader();

  try {
    return await readCapped(reader, maxBytes);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}
