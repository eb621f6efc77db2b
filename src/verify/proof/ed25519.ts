// Ed25519 signature verification with Web Crypto, from a resolved public key.

export type SignatureCheck = 'valid' | 'invalid' | 'key_unsuitable';

export async function verifyEd25519(
  publicKeyJwk: JsonWebKey,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<SignatureCheck> {
  if (publicKeyJwk.kty !== 'OKP' || publicKeyJwk.crv !== 'Ed25519' || signature.length !== 64) {
    return 'key_unsuitable';
  }

  const { kty, crv, x } = publicKeyJwk;
  try {
    const key = await crypto.subtle.importKey('jwk', { kty, crv, x }, { name: 'Ed25519' }, false, [
      'verify',
    ]);
    const ok = await crypto.subtle.verify({ name: 'Ed25519' }, key, signature, data);
    return ok ? 'valid' : 'invalid';
  } catch {
    return 'key_unsuitable';
  }
}
