// did:jwk: the DID is a base64url-encoded public JWK; its one key is `#0`.
// https://github.com/quartzjer/did-jwk/blob/main/spec.md
import { base64url } from 'jose';
import { failed, resolved } from './outcome';
import { checkPublicJwk } from './public-jwk';
import type { KeyResolution } from './types';

function decodeJwk(identifier: string): unknown {
  try {
    return JSON.parse(
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(
        base64url.decode(identifier),
      ),
    );
  } catch {
    return null;
  }
}

/** Resolves `did:jwk:…#0` (or a bare `did:jwk:…`, meaning `#0`). */
export function resolveDidJwk(did: string, fragment: string | null): KeyResolution {
  if (fragment !== null && fragment !== '0') {
    return failed('key_not_found', 'A did:jwk holds one key, #0; the credential names another.');
  }

  const jwk = decodeJwk(did.slice('did:jwk:'.length));
  if (jwk === null || typeof jwk !== 'object' || Array.isArray(jwk)) {
    return failed('did_jwk_malformed', 'The did:jwk does not encode a JSON Web Key.');
  }

  const checked = checkPublicJwk(jwk);
  if (!checked.ok) return failed(checked.code, checked.message);

  // A key marked for encryption only is listed under keyAgreement, not assertionMethod.
  const use = (jwk as { use?: unknown }).use;
  return resolved({
    id: `${did}#0`,
    controller: did,
    assertionMethod: use !== 'enc',
    publicKeyJwk: checked.jwk,
    insecure: false,
  });
}
