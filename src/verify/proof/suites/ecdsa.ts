// The ECDSA suites of VC DI ECDSA 1.0: ecdsa-rdfc-2019 (§3.2), ecdsa-jcs-2019 (§3.3) and
// ecdsa-sd-2023 (§3.6, derived proofs only). P-256 keys hash with SHA-256, P-384 with SHA-384.
import { canonicalizeJcs } from './jcs';
import { canonicalizeRdfc } from './rdfc';
import type { Cryptosuite } from './types';

export const ecdsaRdfc2019: Cryptosuite = {
  name: 'ecdsa-rdfc-2019',
  canonicalForm: 'rdfc',
  canonicalize: canonicalizeRdfc,
  algorithm: 'ECDSA',
  proofKind: 'signature',
};

export const ecdsaJcs2019: Cryptosuite = {
  name: 'ecdsa-jcs-2019',
  canonicalForm: 'jcs',
  canonicalize: canonicalizeJcs,
  algorithm: 'ECDSA',
  proofKind: 'signature',
};

/** The proof configuration is canonicalized with RDFC-1.0; the document is relabelled. */
export const ecdsaSd2023: Cryptosuite = {
  name: 'ecdsa-sd-2023',
  canonicalForm: 'rdfc',
  canonicalize: canonicalizeRdfc,
  algorithm: 'ECDSA',
  proofKind: 'selective-disclosure',
};
