// did:key: the DID is the public key, so the DID document is derived locally (no network).
// https://w3c-ccg.github.io/did-key-spec/
import { multikeyToJwk } from './multikey';
import { failed, resolved } from './outcome';
import type { KeyResolution } from './types';

/** Resolves `did:key:X#X` (or a bare `did:key:X`, meaning `#X`). */
export function resolveDidKey(did: string, fragment: string | null): KeyResolution {
  const identifier = did.slice('did:key:'.length);
  if (fragment !== null && fragment !== identifier) {
    return failed('key_not_found', 'The did:key names a key other than the one the DID holds.');
  }

  const decoded = multikeyToJwk(identifier);
  if (!decoded.ok) {
    const code = decoded.reason === 'malformed' ? 'did_key_malformed' : 'key_format_unsupported';
    return failed(code, `The did:key is not usable. ${decoded.message}`);
  }

  return resolved({
    id: `${did}#${identifier}`,
    controller: did,
    assertionMethod: true,
    publicKeyJwk: decoded.jwk,
    insecure: false,
  });
}
