// Picks the cryptosuite a proof names. Suites not listed here are reported as unsupported.
import { ecdsaJcs2019, ecdsaRdfc2019, ecdsaSd2023 } from './ecdsa';
import { eddsaJcs2022 } from './jcs';
import { ed25519Signature2020, eddsaRdfc2022 } from './rdfc';
import type { Cryptosuite } from './types';

// A Map, so that a cryptosuite named `constructor` or `__proto__` finds nothing.
const DATA_INTEGRITY_SUITES = new Map<string, Cryptosuite>([
  ['eddsa-rdfc-2022', eddsaRdfc2022],
  ['eddsa-jcs-2022', eddsaJcs2022],
  ['ecdsa-rdfc-2019', ecdsaRdfc2019],
  ['ecdsa-jcs-2019', ecdsaJcs2019],
  ['ecdsa-sd-2023', ecdsaSd2023],
]);

/** The suite for a proof, or null when we cannot verify it. */
export function selectSuite(proof: Record<string, unknown>): Cryptosuite | null {
  if (proof.type === 'Ed25519Signature2020') return ed25519Signature2020;
  if (proof.type !== 'DataIntegrityProof' || typeof proof.cryptosuite !== 'string') return null;

  return DATA_INTEGRITY_SUITES.get(proof.cryptosuite) ?? null;
}

/** How a proof names its suite, for messages about suites we do not support. */
export function suiteName(proof: Record<string, unknown>): string {
  const name = proof.type === 'DataIntegrityProof' ? proof.cryptosuite : proof.type;
  return typeof name === 'string' ? name : 'an unnamed proof type';
}
