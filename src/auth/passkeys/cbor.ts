// CBOR as WebAuthn uses it (CTAP2 canonical form): maps keep their integer keys, duplicate keys,
// indefinite lengths, `undefined` and tags are refused.
import { decode, decodeFirst } from 'cborg';
import { fail } from './passkey-error';

const OPTIONS = {
  useMaps: true,
  rejectDuplicateMapKeys: true,
  allowIndefinite: false,
  allowUndefined: false,
  allowInfinity: false,
  allowNaN: false,
  allowBigInt: false,
} as const;

/** Decodes one complete CBOR item; anything else (trailing bytes included) is `malformed`. */
export function decodeCbor(bytes: Uint8Array, what: string): unknown {
  try {
    return decode(bytes, OPTIONS);
  } catch {
    return fail('credential_malformed', `${what} is not one CBOR item.`);
  }
}

/** Decodes the first CBOR item of `bytes`; returns it with the number of bytes it took. */
export function decodeCborPrefix(bytes: Uint8Array, what: string): [unknown, number] {
  try {
    const [value, rest] = decodeFirst(bytes, OPTIONS);
    return [value, bytes.length - rest.length];
  } catch {
    return fail('credential_malformed', `${what} is not CBOR.`);
  }
}

/** The value as a CBOR map; throws `malformed` for anything else. */
export function asCborMap(value: unknown, what: string): Map<unknown, unknown> {
  if (!(value instanceof Map)) fail('credential_malformed', `${what} is not a CBOR map.`);

  return value;
}
