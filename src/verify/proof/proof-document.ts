// Builds what a Data Integrity proof signs: the unsecured document and the proof configuration.
import type { Cryptosuite } from './suites/types';

type Json = Record<string, unknown>;
type Built<K extends string> =
  | ({ ok: true } & Record<K, Json>)
  | { ok: false; code: string; message: string };

function contextList(value: unknown): unknown[] {
  return value === undefined ? [] : [value].flat();
}

/**
 * The document without its proofs. A proof in a chain (DI 1.0 §2.1.2) also signs the proofs it
 * names in `previousProof`, which must be present.
 */
export function unsecuredFor(document: Json, proof: Json): Built<'document'> {
  const { proof: _all, ...unsecured } = document;
  if (proof.previousProof === undefined) return { ok: true, document: unsecured };

  const wanted = [proof.previousProof].flat();
  const proofs = [document.proof].flat() as Json[];
  const previous = wanted.map((id) => proofs.find((candidate) => candidate?.id === id));
  if (previous.some((found) => found === undefined)) {
    return {
      ok: false,
      code: 'previous_proof_missing',
      message: 'A proof in the chain is missing.',
    };
  }

  return {
    ok: true,
    document: { ...unsecured, proof: previous.length === 1 ? previous[0] : previous },
  };
}

/**
 * The proof without its value, carrying the document's `@context`. A proof that states its own
 * `@context` must match the start of the document's (VC DI EdDSA §3.2.2, step 1).
 */
export function proofConfiguration(
  proof: Json,
  document: Json,
  suite: Cryptosuite,
): Built<'proof'> {
  const { proofValue: _value, ...config } = proof;
  const documentContext = contextList(document['@context']);

  if (config['@context'] !== undefined) {
    const own = contextList(config['@context']);
    const prefix = documentContext.slice(0, own.length);
    if (JSON.stringify(prefix) !== JSON.stringify(own)) {
      return {
        ok: false,
        code: 'proof_context_mismatch',
        message: "The proof's context differs from the document's.",
      };
    }
  }

  if (suite.canonicalForm === 'rdfc' || document['@context'] !== undefined) {
    config['@context'] = document['@context'];
  }
  return { ok: true, proof: config };
}
