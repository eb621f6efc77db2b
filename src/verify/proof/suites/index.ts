// Picks the cryptosuite a proof names. Suites not listed here are reported as unsupported.
import { eddsaJcs2022 } from './jcs';
import { ed25519Signature2020, eddsaRdfc2022 } from './rdfc';
import type { Cryptosuite } from './types';

const DATA_INTEGRITY_SUITES: Record<string, Cryptosuite> = {
  'eddsa-rdfc-2022': eddsaRdfc2022,
  'eddsa-jcs-2022': eddsaJcs2022,
};

/** The suite for a proof, or null when we cannot verify it. */
export function selectSuite(proof: Record<string, unknown>): Cryptosuite | null {
  if (proof.type === 'Ed25519Signature2020') return ed25519Signature2020;
  if (proof.type !== 'DataIntegrityProof' || typeof proof.cryptosuite !== 'string') return null;

  return DATA_INTEGRITY_SUITES[proof.cryptosuite] ?? null;
}

/** How a proof names its suite, for messages about suites we do not support. */
export function suiteName(proof: Record<string, unknown>): string {
  const name = proof.type === 'DataIntegrityProof' ? proof.cryptosuite : proof.type;
  return typeof name === 'string' ? name : 'an unnamed proof type';
}
