// What a proof verifier hands back to the pipeline.
import type { KeyResolution } from '../keys/types';
import type { Check } from '../report/types';

export interface ProofResult {
  /** The `proof` check for this proof (one per proof in a proof set). */
  check: Check;
  /** The verification method the proof names, when it names one. */
  verificationMethod: string | null;
  /** How that method resolved; the issuer binding check is decided from it. */
  resolution: KeyResolution | null;
}
