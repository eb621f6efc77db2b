// A Data Integrity cryptosuite, reduced to what differs between suites: how the signed bytes are made.

export interface Cryptosuite {
  /** The name shown in reports (`eddsa-rdfc-2022`, `Ed25519Signature2020`...). */
  name: string;
  /** Which canonical form of the document it signs; equal forms are computed once per credential. */
  canonicalForm: 'rdfc' | 'jcs';
  /** Canonical text of a JSON-LD document (the unsecured document or the proof configuration). */
  canonicalize(document: Record<string, unknown>): Promise<HashInput>;
}

export type HashInput = { ok: true; text: string } | { ok: false; code: string; message: string };
