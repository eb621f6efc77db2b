// Suites that canonicalize with RDFC-1.0 (URDNA2015): eddsa-rdfc-2022 and Ed25519Signature2020.
// VC DI EdDSA §3.2.4–3.2.6 and §3.3 (legacy suite): hash of proof config, then hash of document.
import { canonize } from '../../jsonld/canonize';
import type { Cryptosuite, HashInput } from './types';

/** Canonical N-Quads of a JSON-LD document, in safe mode with the pinned contexts. */
export async function canonicalizeRdfc(document: Record<string, unknown>): Promise<HashInput> {
  const result = await canonize(document);
  if (result.ok) return { ok: true, text: result.nquads };

  return { ok: false, code: result.code, message: result.message };
}

export const eddsaRdfc2022: Cryptosuite = {
  name: 'eddsa-rdfc-2022',
  canonicalForm: 'rdfc',
  canonicalize: canonicalizeRdfc,
  algorithm: 'Ed25519',
  proofKind: 'signature',
};

export const ed25519Signature2020: Cryptosuite = {
  name: 'Ed25519Signature2020',
  canonicalForm: 'rdfc',
  canonicalize: canonicalizeRdfc,
  algorithm: 'Ed25519',
  proofKind: 'signature',
};
