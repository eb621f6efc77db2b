// Builds status lists for tests: a bitstring with chosen entries set, GZIP-compressed with
// CompressionStream and encoded as Multibase base64url, inside a list credential.

export const LIST_ISSUER = 'did:example:issuer';

/** 131,072 bits: the Bitstring Status List minimum. */
export const FULL_LENGTH = 131_072;

/** A bitstring of `length` bits where entry `index` (of `size` bits) holds `value`. */
export function bitstring(length: number, entries: Record<number, number>, size = 1): Uint8Array {
  const bytes = new Uint8Array(Math.ceil(length / 8));
  for (const [index, value] of Object.entries(entries)) {
    for (let bit = 0; bit < size; bit++) {
      if (((value >> (size - 1 - bit)) & 1) === 0) continue;

      const position = Number(index) * size + bit;
      bytes[position >> 3] = (bytes[position >> 3] ?? 0) | (0x80 >> (position & 7));
    }
  }
  return bytes;
}

export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `u` + base64url(gzip(bits)); `prefix: ''` for StatusList2021. */
export async function encodedList(bits: Uint8Array, prefix = 'u'): Promise<string> {
  return prefix + base64Url(await gzip(bits));
}

export interface ListOptions {
  id: string;
  encodedList: string;
  statusPurpose?: string;
  issuer?: unknown;
  type?: string[];
  subjectType?: string;
}

/** A Bitstring Status List credential (unsigned: tests stand in for its verification). */
export function listCredential(options: ListOptions): Record<string, unknown> {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: options.id,
    type: options.type ?? ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: options.issuer ?? LIST_ISSUER,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: {
      id: `${options.id}#list`,
      type: options.subjectType ?? 'BitstringStatusList',
      statusPurpose: options.statusPurpose ?? 'revocation',
      encodedList: options.encodedList,
    },
  };
}

/** A credential from LIST_ISSUER with the given status entries. */
export function credentialWith(credentialStatus: unknown, issuer: unknown = LIST_ISSUER) {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: 'urn:uuid:6a3e8e3c-0c55-4b5e-9f7a-2f1d0d1f6f00',
    type: ['VerifiableCredential'],
    issuer,
    credentialSubject: { id: 'did:example:learner' },
    credentialStatus,
  } as Record<string, unknown>;
}

export function bitstringEntry(url: string, index: number, purpose = 'revocation') {
  return {
    id: `${url}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: purpose,
    statusListIndex: String(index),
    statusListCredential: url,
  };
}
