// Turns a resolved key and the signed bytes into the `proof` check.
import { decodeMultibaseBase58 } from '../encoding/base58btc';
import type { KeyResolution } from '../keys/types';
import { check } from '../report/check';
import type { Check } from '../report/types';
import { verifyEd25519 } from './ed25519';

/** The signature in `proofValue`: base58btc multibase, as the EdDSA suites require. */
export function signatureBytes(proofValue: unknown): Uint8Array | null {
  return decodeMultibaseBase58(proofValue);
}

export async function verifyWithKey(
  resolution: KeyResolution,
  signature: Uint8Array,
  data: Uint8Array,
  details: Record<string, unknown>,
): Promise<Check> {
  if (!resolution.ok)
    return check('proof', resolution.status, resolution.code, resolution.message, details);

  const outcome = await verifyEd25519(resolution.key.publicKeyJwk, signature, data);
  if (outcome === 'valid') {
    return check(
      'proof',
      'passed',
      'signature_valid',
      'The signature matches the content.',
      details,
    );
  }
  if (outcome === 'key_unsuitable') {
    return check('proof', 'failed', 'key_type_mismatch', 'The key is not an Ed25519 key.', details);
  }
  return check(
    'proof',
    'failed',
    'signature_invalid',
    'The signature does not match: the content was altered or signed by another key.',
    details,
  );
}
