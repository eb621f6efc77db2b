// Shared words of the Open Badges 2.0 verifier: versions, documents as read, and why one is
// missing.

export type Json = Record<string, unknown>;

/** The Open Badges version an assertion is written in; older ones are read into the 2.0 shape. */
export type Ob2Version = '2.0' | '1.1' | '1.0' | '0.5';

/** A document the verification rests on, read into the Open Badges 2.0 shape. */
export interface Ob2Document {
  ok: true;
  node: Json;
  /** The URL it was fetched from; null when it was embedded in the document that named it. */
  url: string | null;
  /** The URL that finally answered, after redirects; null when embedded. */
  finalUrl: string | null;
  /** True when it, or the document it was embedded in, came over plain HTTP. */
  insecure: boolean;
}

/** Why a document could not be had: `failed` proves a problem, `unknown` may answer later. */
export interface Unavailable {
  ok: false;
  status: 'failed' | 'unknown';
  code: string;
  message: string;
  /** The HTTP status when the server answered with an error. */
  httpStatus?: number;
}

export type Loaded = Ob2Document | Unavailable;

export const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';
export const OB1_CONTEXT = 'https://w3id.org/openbadges/v1';

export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A non-empty string, or null. */
export function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}
