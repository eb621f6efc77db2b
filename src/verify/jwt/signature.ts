// Checks the JWS signature with jose, restricted to the one algorithm already matched to the key.
import { compactVerify, errors, importJWK } from 'jose';
import type { AllowedAlgorithm } from './algorithms';

export type SignatureOutcome = 'valid' | 'invalid' | 'malformed' | 'key_unusable';

async function importPublicKey(jwk: JsonWebKey, alg: AllowedAlgorithm) {
  try {
    return await importJWK(jwk as Parameters<typeof importJWK>[0], alg);
  } catch {
    return null;
  }
}

/** Verifies `token` with the public key; claims and times are not looked at here. */
export async function checkSignature(
  token: string,
  alg: AllowedAlgorithm,
  jwk: JsonWebKey,
): Promise<SignatureOutcome> {
  const key = await importPublicKey(jwk, alg);
  if (!key || key instanceof Uint8Array) return 'key_unusable';

  try {
    await compactVerify(token, key, { algorithms: [alg] });
    return 'valid';
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return 'invalid';
    if (error instanceof errors.JWSInvalid) return 'malformed';
    return 'key_unusable';
  }
}
