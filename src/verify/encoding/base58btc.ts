// Base58 (Bitcoin alphabet) decoding, and the `z` multibase prefix that selects it.

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const INDEX = new Map([...ALPHABET].map((char, i) => [char, i]));

/** Decodes base58btc text; null when a character is outside the alphabet. */
export function decodeBase58(text: string): Uint8Array | null {
  const bytes: number[] = [];

  for (const char of text) {
    let carry = INDEX.get(char);
    if (carry === undefined) return null;

    for (let i = 0; i < bytes.length; i += 1) {
      carry += (bytes[i] as number) * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }

  const zeros = text.length - text.replace(/^1+/, '').length;
  return Uint8Array.from([...new Array(zeros).fill(0), ...bytes.reverse()]);
}

/** Decodes a multibase string that must use base58btc (`z` prefix). */
export function decodeMultibaseBase58(value: unknown): Uint8Array | null {
  if (typeof value !== 'string' || !value.startsWith('z')) return null;

  return decodeBase58(value.slice(1));
}
