// Builds the ProofResult of a proof that failed before its key was looked up.
import { check } from '../report/check';
import type { ProofResult } from './types';

/** A failed `proof` check with no verification method or key resolution attached. */
export function failedProof(
  index: number,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): ProofResult {
  return {
    check: check('proof', 'failed', code, message, { proofIndex: index, ...details }),
    verificationMethod: null,
    resolution: null,
  };
}
