// Bakes test badges: PNGs with a credential text chunk (iTXt, tEXt, zTXt) and SVGs with an
// `<openbadges:assertion>` or `<openbadges:credential>`, plus a deterministic Open Badges 3.0
// VC-JWT. Runs in workerd and in Node, so the files in test/fixtures/baked/generated/ can be
// written from it (write-generated.ts) and checked against it.
import { SignJWT } from 'jose';
import { crc32 } from '../../../src/verify/bake/crc32';
import keyPair from '../../fixtures/vc-di/w3c-vc-di-eddsa/keyPair.json';
import { didKeyOf, keyFromMultibasePair } from '../keys/test-keys';

const encoder = new TextEncoder();

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function uint32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value >>> 0);
  return bytes;
}

/** One PNG chunk: length, type, data and the CRC-32 over type and data. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typeAndData = concat(encoder.encode(type), data);
  return concat(uint32(data.length), typeAndData, uint32(crc32(typeAndData)));
}

/** zlib (RFC 1950) of `bytes`, through the platform's CompressionStream. */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** zlib with one stored (uncompressed) block: deterministic, for the tiny test image. */
function storedZlib(bytes: Uint8Array): Uint8Array {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  const length = Uint8Array.of(bytes.length & 0xff, bytes.length >> 8);
  const inverse = Uint8Array.of(~bytes.length & 0xff, (~bytes.length >> 8) & 0xff);
  return concat(Uint8Array.of(0x78, 0x01, 0x01), length, inverse, bytes, uint32((b << 16) | a));
}

/** A 16 × 16 teal PNG with nothing baked in (8-bit RGB, no filtering). */
export function plainPng(): Uint8Array {
  const size = 16;
  const header = concat(uint32(size), uint32(size), Uint8Array.of(8, 2, 0, 0, 0));
  const row = concat(
    Uint8Array.of(0),
    ...Array.from({ length: size }, () => Uint8Array.of(0, 128, 128)),
  );
  const pixels = concat(...Array.from({ length: size }, () => row));

  return concat(
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', storedZlib(pixels)),
    pngChunk('IEND', new Uint8Array()),
  );
}

export interface TextChunkOptions {
  type?: 'iTXt' | 'tEXt' | 'zTXt';
  /** iTXt only: set the compression flag and deflate the text. zTXt is always compressed. */
  compressed?: boolean;
}

/** The data of a text chunk holding `text` under `keyword`. */
export async function textChunkData(
  keyword: string,
  text: string | Uint8Array,
  { type = 'iTXt', compressed = false }: TextChunkOptions = {},
): Promise<Uint8Array> {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  const head = concat(encoder.encode(keyword), Uint8Array.of(0));
  if (type === 'tEXt') return concat(head, bytes);
  if (type === 'zTXt') return concat(head, Uint8Array.of(0), await deflate(bytes));

  // Compression flag and method, then an empty language tag and translated keyword.
  const flags = Uint8Array.of(compressed ? 1 : 0, 0, 0, 0);
  return concat(head, flags, compressed ? await deflate(bytes) : bytes);
}

/** `png` with `chunks` inserted right after its IHDR chunk (8 + 25 bytes into the file). */
export function insertAfterHeader(png: Uint8Array, ...chunks: Uint8Array[]): Uint8Array {
  const at = PNG_SIGNATURE.length + 25;
  return concat(png.subarray(0, at), ...chunks, png.subarray(at));
}

/** Bakes `text` into a PNG under `keyword` (`openbadgecredential` for 3.0, `openbadges` for 2.0). */
export async function bakePng(
  keyword: string,
  text: string,
  options: TextChunkOptions = {},
  png: Uint8Array = plainPng(),
): Promise<Uint8Array> {
  const type = options.type ?? 'iTXt';
  return insertAfterHeader(png, pngChunk(type, await textChunkData(keyword, text, options)));
}

export interface SvgOptions {
  /** `credential` (Open Badges 3.0) or `assertion` (2.0). */
  element?: 'credential' | 'assertion';
  /** The `verify` attribute: a URL, a JWS or a JWT. */
  verify?: string;
  /** The element's body, wrapped in CDATA. */
  body?: string;
  /** Markup put before the credential element, inside `<svg>`. */
  before?: string;
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** A small SVG badge with a credential element, as the Open Badges baking specification shows. */
export function bakeSvg({ element = 'credential', verify, body, before = '' }: SvgOptions): string {
  const attribute = verify === undefined ? '' : ` verify="${escapeAttribute(verify)}"`;
  const content = body === undefined ? '' : `<![CDATA[${body}]]>`;

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org"',
    '     width="16" height="16" viewBox="0 0 16 16">',
    before,
    `<openbadges:${element}${attribute}>${content}</openbadges:${element}>`,
    '<rect width="16" height="16" fill="#008080"/>',
    '</svg>',
  ];
  return `${lines.filter((line) => line !== '').join('\n')}\n`;
}

/** An Open Badges 3.0 credential issued by the did:key of the W3C vc-di-eddsa test key pair. */
export function openBadgeCredential(issuer: string): Record<string, unknown> {
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ],
    id: 'urn:uuid:2f6b9c4e-1d3a-4e8b-9a0c-5b7d8e9f0a1b',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: ['Profile'], name: 'Proofpath Test Issuer' },
    validFrom: '2025-01-01T00:00:00Z',
    name: 'Baked SVG test badge',
    credentialSubject: {
      type: ['AchievementSubject'],
      achievement: {
        id: 'urn:uuid:8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
        type: ['Achievement'],
        name: 'Baked SVG test badge',
        description: 'Issued only to test baked SVG badges.',
        criteria: { narrative: 'None: a test credential.' },
      },
    },
  };
}

/** A VC-JWT (EdDSA, deterministic) of `openBadgeCredential`, and its issuer. */
export async function openBadgeJwt(): Promise<{ token: string; issuer: string }> {
  const key = await keyFromMultibasePair(keyPair);
  const issuer = didKeyOf(key.publicJwk);
  const kid = `${issuer}#${issuer.slice('did:key:'.length)}`;

  const token = await new SignJWT(openBadgeCredential(issuer))
    .setProtectedHeader({ alg: 'EdDSA', typ: 'vc+jwt', kid })
    .sign(key.privateKey);
  return { token, issuer };
}
