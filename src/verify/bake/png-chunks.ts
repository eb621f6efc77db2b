// Splits a PNG file into its chunks (PNG specification, section 5.3): a 4-byte length, a 4-byte
// type, the data, and a CRC-32 over type and data. Reading stops at IEND.
import { crc32 } from './crc32';
import type { FailureReason } from './failures';

export interface PngChunk {
  /** The chunk type, such as `IHDR`, `iTXt` or `IEND`. */
  type: string;
  data: Uint8Array;
}

export type PngChunks = { ok: true; chunks: PngChunk[] } | { ok: false; reason: FailureReason };

const SIGNATURE_LENGTH = 8;

/** Length, type and CRC around each chunk's data. */
const FRAME_LENGTH = 12;

/** The chunks of a PNG whose signature was already checked; refuses a damaged file. */
export function readPngChunks(bytes: Uint8Array): PngChunks {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let offset = SIGNATURE_LENGTH;

  while (offset < bytes.length) {
    if (offset + FRAME_LENGTH > bytes.length) return { ok: false, reason: 'png_malformed' };

    const length = view.getUint32(offset);
    const end = offset + FRAME_LENGTH + length;
    if (end > bytes.length) return { ok: false, reason: 'png_malformed' };

    const typeAndData = bytes.subarray(offset + 4, end - 4);
    if (crc32(typeAndData) !== view.getUint32(end - 4)) {
      return { ok: false, reason: 'png_crc_mismatch' };
    }

    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    chunks.push({ type, data: typeAndData.subarray(4) });
    if (type === 'IEND') return { ok: true, chunks };
    offset = end;
  }

  return { ok: false, reason: 'png_truncated' };
}
