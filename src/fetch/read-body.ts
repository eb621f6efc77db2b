// Reads a response body with a running byte count, stopping at the size limit or the deadline.
// Content-Length is only used to refuse early; the count is what decides.
import type { Deadline } from './deadline';

export type BodyRead =
  | { ok: true; body: Uint8Array }
  | { ok: false; reason: 'too_large' | 'timeout' | 'unreachable' };

function declaredTooLarge(response: Response, maxBytes: number): boolean {
  const declared = Number(response.headers.get('content-length'));
  return Number.isFinite(declared) && declared > maxBytes;
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function readChunks(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  maxBytes: number,
  deadline: Deadline,
): Promise<BodyRead> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await deadline.within(reader.read());
    if (done) return { ok: true, body: concat(chunks, total) };

    total += value.byteLength;
    if (total > maxBytes) return { ok: false, reason: 'too_large' };

    chunks.push(value);
  }
}

/** Reads at most `maxBytes` of `response`'s body before `deadline`; never throws. */
export async function readBody(
  response: Response,
  maxBytes: number,
  deadline: Deadline,
): Promise<BodyRead> {
  if (declaredTooLarge(response, maxBytes)) {
    response.body?.cancel().catch(() => {});
    return { ok: false, reason: 'too_large' };
  }

  if (!response.body) return { ok: true, body: new Uint8Array(0) };

  const reader = response.body.getReader();
  try {
    const read = await readChunks(reader, maxBytes, deadline);
    if (!read.ok) reader.cancel().catch(() => {});
    return read;
  } catch {
    reader.cancel().catch(() => {});
    return { ok: false, reason: deadline.signal.aborted ? 'timeout' : 'unreachable' };
  }
}
