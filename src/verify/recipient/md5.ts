// MD5 (RFC 1321), for Open Badges recipient hashes written `md5$…`. Web Crypto has no MD5, and
// it is used here only to compare an identity with a hash the issuer already published.

/** Per-round shift amounts (RFC 1321 §3.4). */
const SHIFTS = [
  7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14,
  20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6,
  10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
];

/** T[i] = floor(abs(sin(i + 1)) * 2^32) (RFC 1321 §3.4). */
const SINES = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32));

/** The message padded to a multiple of 64 bytes, its bit length in the last 8 (little-endian). */
function pad(message: Uint8Array): DataView {
  const length = Math.ceil((message.length + 9) / 64) * 64;
  const padded = new Uint8Array(length);
  padded.set(message);
  padded[message.length] = 0x80;

  const view = new DataView(padded.buffer);
  const bits = message.length * 8;
  view.setUint32(length - 8, bits >>> 0, true);
  view.setUint32(length - 4, Math.floor(bits / 2 ** 32), true);
  return view;
}

/** The round function and message word index for step `i` (RFC 1321 §3.4, rounds 1 to 4). */
function step(i: number, b: number, c: number, d: number): [number, number] {
  if (i < 16) return [(b & c) | (~b & d), i];
  if (i < 32) return [(d & b) | (~d & c), (5 * i + 1) % 16];
  if (i < 48) return [b ^ c ^ d, (3 * i + 5) % 16];
  return [c ^ (b | ~d), (7 * i) % 16];
}

function rotateLeft(value: number, shift: number): number {
  return (value << shift) | (value >>> (32 - shift));
}

function processBlock(state: Uint32Array, view: DataView, offset: number): void {
  let [a, b, c, d] = state as unknown as [number, number, number, number];

  for (let i = 0; i < 64; i++) {
    const [f, g] = step(i, b, c, d);
    const sum = (a + f + (SINES[i] as number) + view.getUint32(offset + g * 4, true)) >>> 0;
    a = d;
    d = c;
    c = b;
    b = (b + rotateLeft(sum, SHIFTS[i] as number)) >>> 0;
  }

  state[0] = ((state[0] as number) + a) >>> 0;
  state[1] = ((state[1] as number) + b) >>> 0;
  state[2] = ((state[2] as number) + c) >>> 0;
  state[3] = ((state[3] as number) + d) >>> 0;
}

/** The MD5 digest of `data` (UTF-8 when a string), as 32 lower-case hex digits. */
export function md5Hex(data: string | Uint8Array): string {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const view = pad(bytes);
  const state = Uint32Array.of(0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476);

  for (let offset = 0; offset < view.byteLength; offset += 64) processBlock(state, view, offset);

  const digest = new DataView(new ArrayBuffer(16));
  for (const [i, word] of state.entries()) digest.setUint32(i * 4, word, true);
  return [...new Uint8Array(digest.buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
