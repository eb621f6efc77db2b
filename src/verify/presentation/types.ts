// What securing a presentation hands to the checks: the presentation, how it is secured, each
// proof's result, and the challenge and domain each proof binds the presentation to.
import type { ProofResult } from '../proof/types';
import type { Check, Format } from '../report/types';

/** The nonce and audience one proof answers: DI `challenge`/`domain`, JWT `nonce`/`aud`. */
export interface PresentedBinding {
  challenge: string | null;
  /** Every domain (audience) the proof names; empty when it names none. */
  domains: string[];
}

export interface SecuredPresentation {
  presentation: Record<string, unknown>;
  securing: Format['securing'];
  dataModel: Format['dataModel'];
  /** One result per proof; empty when the presentation is unsigned. */
  proofs: ProofResult[];
  /** One binding per proof, in the same order. */
  bindings: PresentedBinding[];
  /** The identifier that signed, as the securing states it (VP-JWT `iss`), or the holder. */
  signer: string | null;
  /** Checks the securing itself produces (the validity period of a VP-JWT). */
  checks: Check[];
}
