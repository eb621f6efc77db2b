// Verifies one ecdsa-sd-2023 derived proof, the form a holder presents after choosing what to
// disclose (VC DI ECDSA §3.6.7). Base proofs are refused: only the holder should ever see them.
import type { DocumentFetcher } from '../../../fetch/types';
import { resolveVerificationMethod } from '../../keys';
import { proofConfiguration, unsecuredFor } from '../proof-document';
import { failedProof } from '../result';
import { resolutionCheck } from '../signature';
import type { Cryptosuite } from '../suites/types';
import type { ProofResult } from '../types';
import { checkDerivedSignatures } from './derived-signatures';
import { parseDerivedProofValue } from './proof-value';

type Json = Record<string, unknown>;

export interface DerivedProofInput {
  proof: Json;
  index: number;
  suite: Cryptosuite;
  document: Json;
  fetcher: DocumentFetcher;
  details: Record<string, unknown>;
}

/** One ProofResult for a derived proof; the key is resolved once the proof is readable. */
export async function verifyDerivedProof(input: DerivedProofInput): Promise<ProofResult> {
  const { proof, index, suite, document, details } = input;
  const parsed = parseDerivedProofValue(proof.proofValue);
  if (!parsed.ok) return failedProof(index, parsed.code, parsed.message, details);

  const unsecured = unsecuredFor(document, proof);
  if (!unsecured.ok) return failedProof(index, unsecured.code, unsecured.message, details);

  const config = proofConfiguration(proof, document, suite);
  if (!config.ok) return failedProof(index, config.code, config.message, details);

  const configText = await suite.canonicalize(config.proof);
  if (!configText.ok) return failedProof(index, configText.code, configText.message, details);

  const documentText = await suite.canonicalize(unsecured.document);
  if (!documentText.ok) return failedProof(index, documentText.code, documentText.message, details);

  const method = proof.verificationMethod as string;
  const resolution = await resolveVerificationMethod(method, input.fetcher);
  const texts = { config: configText.text, document: documentText.text };
  const result = resolution.ok
    ? await checkDerivedSignatures(suite, resolution.key, parsed.value, texts, details)
    : resolutionCheck(resolution, details);
  return { check: result, verificationMethod: method, resolution };
}
