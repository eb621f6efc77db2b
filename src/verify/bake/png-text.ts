// Reads the PNG text chunks that carry a baked credential (PNG specification, section 11.3.4):
// iTXt `openbadges` (Open Badges 2.0) and `openbadgecredential` (3.0), and the legacy tEXt and
// zTXt `openbadges` some older bakers wrote.
import type { PngChunk } from './png-chunks';

/** A credential chunk, its text still compressed when the chunk says so. */
export interface BakedText {
  keyword: string;
  compressed: boolean;
  /** The text (UTF-8), or its zlib stream when `compressed`. */
  data: Uint8Array;
}

const ITXT_KEYWORDS = ['openbadges', 'openbadgecredential'];
const LEGACY_KEYWORDS = ['openbadges'];

/** Deflate, the only compression method PNG defines. */
const DEFLATE = 0;

/** The keyword before the first NUL (Latin-1, 1 to 79 bytes), and where the rest begins. */
function splitKeyword(data: Uint8Array): { keyword: string; rest: number } | null {
  const nul = data.indexOf(0);
  if (nul < 1 || nul > 79) return null;

  return { keyword: String.fromCharCode(...data.subarray(0, nul)), rest: nul + 1 };
}

function isCredentialChunk(chunk: PngChunk): boolean {
  const keyword = splitKeyword(chunk.data)?.keyword ?? '';
  if (chunk.type === 'iTXt') return ITXT_KEYWORDS.includes(keyword);

  return (chunk.type === 'tEXt' || chunk.type === 'zTXt') && LEGACY_KEYWORDS.includes(keyword);
}

/** iTXt: keyword, NUL, compression flag, method, language tag, NUL, translated keyword, NUL. */
function readItxt(data: Uint8Array, keyword: string, at: number): BakedText | null {
  const flag = data[at];
  const method = data[at + 1];
  const languageEnd = data.indexOf(0, at + 2);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0 || (flag !== 0 && flag !== 1)) return null;
  if (flag === 1 && method !== DEFLATE) return null;

  return { keyword, compressed: flag === 1, data: data.subarray(translatedEnd + 1) };
}

/** The credential text of a chunk `findCredentialChunks` returned; null when it is malformed. */
export function readBakedText(chunk: PngChunk): BakedText | null {
  const head = splitKeyword(chunk.data);
  if (!head) return null;

  const { keyword, rest } = head;
  if (chunk.type === 'iTXt') return readItxt(chunk.data, keyword, rest);
  if (chunk.type === 'tEXt') return { keyword, compressed: false, data: chunk.data.subarray(rest) };
  if (chunk.data[rest] !== DEFLATE) return null;

  return { keyword, compressed: true, data: chunk.data.subarray(rest + 1) };
}

/** The chunks that hold a baked credential, in file order. */
export function findCredentialChunks(chunks: PngChunk[]): PngChunk[] {
  return chunks.filter(isCredentialChunk);
}
