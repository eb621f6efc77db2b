// Verifies every Data Integrity proof on a document (a proof set, or a chain via previousProof).
// VC Data Integrity 1.0 §4.4 (verify proof), §2.1.2 (proof chains); each proof is reported.
import type { DocumentFetcher } from '../../fetch/types';
import { concatBytes, sha256 } from '../encoding/digest';
import { resolveVerificationMethod } from '../keys';
import { check } from '../report/check';
import { proofConfiguration, unsecuredFor } from './proof-document';
import { signatureBytes, verifyWithKey } from './signature';
import { selectSuite, suiteName } from './suites';
import type { Cryptosuite } from './suites/types';
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

function fail(index: number, code: string, message: string, extra: object = {}): ProofResult {
  const details = { proofIndex: index, ...extra };
  return {
    check: check('proof', 'failed', code, message, details),
    verificationMethod: null,
    resolution: null,
  };
}

function precheck(proof: Proof, index: number, input: DataIntegrityInput): ProofResult | null {
  if (proof.proofPurpose !== input.proofPurpose) {
    return fail(
      index,
      'proof_purpose_mismatch',
      `The proof is not made for ${input.proofPurpose}.`,
    );
  }
  if (typeof proof.verificationMethod !== 'string') {
    return fail(index, 'verification_method_missing', 'The proof does not name its key.');
  }
  if (typeof proof.expires === 'string' && Date.parse(proof.expires) < input.now.getTime()) {
    return fail(index, 'proof_expired', 'The proof itself has expired.');
  }
  return null;
}

type DocumentHash = { ok: true; hash: Uint8Array } | { ok: false; code: string; message: string };
type HashMemo = Map<string, Promise<DocumentHash>>;

async function hashDocument(suite: Cryptosuite, document: Proof): Promise<DocumentHash> {
  const text = await suite.canonicalize(document);
  return text.ok ? { ok: true, hash: await sha256(text.text) } : text;
}

/** Proofs of a set sign the same document: canonicalize it once per canonical form. */
function documentHash(suite: Cryptosuite, document: Proof, memo: HashMemo): Promise<DocumentHash> {
  if (document.proof !== undefined) return hashDocument(suite, document);

  const pending = memo.get(suite.canonicalForm) ?? hashDocument(suite, document);
  memo.set(suite.canonicalForm, pending);
  return pending;
}

/** hashData = SHA-256(canonical proof configuration) ‖ SHA-256(canonical document). */
async function signedBytes(
  suite: Cryptosuite,
  document: Proof,
  config: Proof,
  memo: HashMemo,
): Promise<DocumentHash> {
  const configText = await suite.canonicalize(config);
  if (!configText.ok) return configText;

  const documentResult = await documentHash(suite, document, memo);
  if (!documentResult.ok) return documentResult;

  return { ok: true, hash: concatBytes(await sha256(configText.text), documentResult.hash) };
}

async function verifyOne(
  proof: unknown,
  index: number,
  input: DataIntegrityInput,
  memo: HashMemo,
): Promise<ProofResult> {
  if (proof === null || typeof proof !== 'object' || Array.isArray(proof)) {
    return fail(index, 'proof_malformed', 'The proof is not an object.');
  }
  const p = proof as Proof;
  const suite = selectSuite(p);
  if (!suite) {
    const name = suiteName(p);
    const details = { proofIndex: index, cryptosuite: name };
    const result = check(
      'proof',
      'unknown',
      'cryptosuite_unsupported',
      `Proofs of type ${name} cannot be checked yet.`,
      details,
    );
    return { check: result, verificationMethod: null, resolution: null };
  }

  const refused = precheck(p, index, input);
  if (refused) return refused;
  const details = {
    proofIndex: index,
    cryptosuite: suite.name,
    verificationMethod: p.verificationMethod,
  };

  const signature = signatureBytes(p.proofValue);
  if (!signature)
    return fail(index, 'proof_value_malformed', 'The signature value is not readable.', details);

  const unsecured = unsecuredFor(input.document, p);
  if (!unsecured.ok) return fail(index, unsecured.code, unsecured.message, details);

  const config = proofConfiguration(p, input.document, suite);
  if (!config.ok) return fail(index, config.code, config.message, details);

  const data = await signedBytes(suite, unsecured.document, config.proof, memo);
  if (!data.ok) return fail(index, data.code, data.message, details);

  const method = p.verificationMethod as string;
  const resolution = await resolveVerificationMethod(method, input.fetcher);
  const result = await verifyWithKey(resolution, signature, data.hash, details);
  return { check: result, verificationMethod: method, resolution };
}

/** One result per proof, in document order. An empty list means the document is unsigned. */
export async function verifyDataIntegrity(input: DataIntegrityInput): Promise<ProofResult[]> {
  const memo: HashMemo = new Map();
  const proofs = proofsOf(input.document);

  return Promise.all(proofs.map((proof, index) => verifyOne(proof, index, input, memo)));
}
