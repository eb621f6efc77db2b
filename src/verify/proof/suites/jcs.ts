// eddsa-jcs-2022: JSON Canonicalization Scheme (RFC 8785) instead of RDF canonicalization.
import canonicalizeJson from 'canonicalize';
import type { Cryptosuite, HashInput } from './types';

/** The RFC 8785 canonical JSON text of a document. */
export async function canonicalizeJcs(document: Record<string, unknown>): Promise<HashInput> {
  const text = canonicalizeJson(document);
  if (typeof text === 'string') return { ok: true, text };

  return {
    ok: false,
    code: 'canonicalization_failed',
    message: 'The document cannot be canonicalized.',
  };
}

export const eddsaJcs2022: Cryptosuite = {
  name: 'eddsa-jcs-2022',
  canonicalForm: 'jcs',
  canonicalize: canonicalizeJcs,
  algorithm: 'Ed25519',
  proofKind: 'signature',
};
