// A Data Integrity cryptosuite, reduced to what differs between suites: how the signed bytes are
// made, which keys sign them, and whether the proof is one signature or a selective disclosure.

/** Which keys a suite accepts; the hash follows from the key (SHA-384 for P-384 keys). */
export type SignatureAlgorithm = 'Ed25519' | 'ECDSA';

export interface Cryptosuite {
  /** The name shown in reports (`eddsa-rdfc-2022`, `ecdsa-sd-2023`, `Ed25519Signature2020`). */
  name: string;
  /** Which canonical form of the document it signs; equal forms are made once per credential. */
  canonicalForm: 'rdfc' | 'jcs';
  /** Canonical text of a JSON-LD document (the unsecured document or the proof configuration). */
  canonicalize(document: Record<string, unknown>): Promise<HashInput>;
  /** Ed25519 suites refuse EC keys and ECDSA suites refuse Ed25519 keys (`key_type_mismatch`). */
  algorithm: SignatureAlgorithm;
  /**
   * `signature`: `proofValue` is one base58btc signature over hash(config) ‖ hash(document).
   * `selective-disclosure`: `proofValue` is an ECDSA-SD derived proof (VC DI ECDSA §3.6.7).
   */
  proofKind: 'signature' | 'selective-disclosure';
}

export type HashInput = { ok: true; text: string } | { ok: false; code: string; message: string };
