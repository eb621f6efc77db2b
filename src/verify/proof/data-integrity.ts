// Verifies every Data Integrity proof on a document (a proof set, or a chain via previousProof).
// VC Data Integrity 1.0 §4.4 (verify proof), §2.1.2 (proof chains); each proof is reported.
import type { DocumentFetcher } from '../../fetch/types';
import { resolveVerificationMethod } from '../keys';
import { check } from '../report/check';
import { verifyDerivedProof } from './ecdsa-sd/verify-derived';
import { proofConfiguration, unsecuredFor } from './proof-document';
import { failedProof } from './result';
import { signatureBytes, verifyWithKey } from './signature';
import { selectSuite, suiteName } from './suites';
import type { Cryptosuite, HashInput } from './suites/types';
import type { ProofResult } from './types';

type Proof = Record<string, unknown>;

export interface DataIntegrityInput {
  document: Record<string, unknown>;
  fetcher: DocumentFetcher;
  now: Date;
  /** The purpose the proofs must state: `assertionMethod` for credentials. */
  proofPurpose: string;
}

/** The proofs a document carries, in order; non-objects are kept so they can be reported. */
export function proofsOf(document: Record<string, unknown>): unknown[] {
  return document.proof === undefined ? [] : [document.proof].flat();
}

function precheck(proof: Proof, index: number, input: DataIntegrityInput): ProofResult | null {
  if (proof.proofPurpose !== input.proofPurpose) {
    const message = `The proof is not made for ${input.proofPurpose}.`;
    return failedProof(index, 'proof_purpose_mismatch', message);
  }
  if (typeof proof.verificationMethod !== 'string') {
    return failedProof(index, 'verification_method_missing', 'The proof does not name its key.');
  }
  if (typeof proof.expires === 'string' && Date.parse(proof.expires) < input.now.getTime()) {
    return failedProof(index, 'proof_expired', 'The proof itself has expired.');
  }
  return null;
}

type TextMemo = Map<string, Promise<HashInput>>;

/**
 * Proofs of a set sign the same document: canonicalize it once per canonical form. The hash is
 * taken later, because it depends on the key (SHA-384 for P-384 keys).
 */
function canonicalDocument(suite: Cryptosuite, document: Proof, memo: TextMemo) {
  if (document.proof !== undefined) return suite.canonicalize(document);

  const pending = memo.get(suite.canonicalForm) ?? suite.canonicalize(document);
  memo.set(suite.canonicalForm, pending);
  return pending;
}

function unsupported(proof: Proof, index: number): ProofResult {
  const name = suiteName(proof);
  const details = { proofIndex: index, cryptosuite: name };
  const message = `Proofs of type ${name} cannot be checked yet.`;
  const result = check('proof', 'unknown', 'cryptosuite_unsupported', message, details);
  return { check: result, verificationMethod: null, resolution: null };
}

type Details = Record<string, unknown>;

/** A proof whose `proofValue` is one signature (the EdDSA suites, ecdsa-rdfc/jcs-2019). */
async function verifySigned(
  proof: Proof,
  index: number,
  suite: Cryptosuite,
  input: DataIntegrityInput & { memo: TextMemo; details: Details },
): Promise<ProofResult> {
  const { memo, details } = input;
  const signature = signatureBytes(proof.proofValue);
  if (!signature) {
    const message = 'The signature value is not readable.';
    return failedProof(index, 'proof_value_malformed', message, details);
  }

  const unsecured = unsecuredFor(input.document, proof);
  if (!unsecured.ok) return failedProof(index, unsecured.code, unsecured.message, details);

  const config = proofConfiguration(proof, input.document, suite);
  if (!config.ok) return failedProof(index, config.code, config.message, details);

  const configText = await suite.canonicalize(config.proof);
  if (!configText.ok) return failedProof(index, configText.code, configText.message, details);

  const documentText = await canonicalDocument(suite, unsecured.document, memo);
  if (!documentText.ok) return failedProof(index, documentText.code, documentText.message, details);

  const method = proof.verificationMethod as string;
  const resolution = await resolveVerificationMethod(method, input.fetcher);
  const texts = { config: configText.text, document: documentText.text };
  const result = await verifyWithKey(suite, resolution, signature, texts, details);
  return { check: result, verificationMethod: method, resolution };
}

async function verifyOne(
  proof: unknown,
  index: number,
  input: DataIntegrityInput,
  memo: TextMemo,
): Promise<ProofResult> {
  if (proof === null || typeof proof !== 'object' || Array.isArray(proof)) {
    return failedProof(index, 'proof_malformed', 'The proof is not an object.');
  }
  const p = proof as Proof;
  const suite = selectSuite(p);
  if (!suite) return unsupported(p, index);

  const refused = precheck(p, index, input);
  if (refused) return refused;

  const details = {
    proofIndex: index,
    cryptosuite: suite.name,
    verificationMethod: p.verificationMethod,
  };
  if (suite.proofKind === 'signature') {
    return verifySigned(p, index, suite, { ...input, memo, details });
  }

  const { document, fetcher } = input;
  return verifyDerivedProof({ proof: p, index, suite, document, fetcher, details });
}

/** One result per proof, in document order. An empty list means the document is unsigned. */
export async function verifyDataIntegrity(input: DataIntegrityInput): Promise<ProofResult[]> {
  const memo: TextMemo = new Map();
  const proofs = proofsOf(input.document);

  return Promise.all(proofs.map((proof, index) => verifyOne(proof, index, input, memo)));
}
