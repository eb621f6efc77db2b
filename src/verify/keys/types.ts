// What key resolution hands back: the public key, who controls it, and what it may be used for.

export interface ResolvedKey {
  /** The verification method id, absolute (`did:key:z6Mk…#z6Mk…`, `https://issuer.example/keys#1`). */
  id: string;
  /** The controller of the key, as its controller document states it. */
  controller: string;
  /** Whether the controller document lists this key under `assertionMethod`. */
  assertionMethod: boolean;
  /** The public key as a JWK: OKP/Ed25519, EC/P-256 or P-384, or RSA. */
  publicKeyJwk: JsonWebKey;
  /** True when a document on the way came over plain HTTP; keys from it are never trusted. */
  insecure: boolean;
}

/**
 * `failed`: the method cannot be the issuer's key (malformed, not listed, wrong document id).
 * `unknown`: a document that would tell did not answer.
 */
export type KeyResolution =
  | { ok: true; key: ResolvedKey }
  | { ok: false; status: 'failed' | 'unknown'; code: string; message: string };
