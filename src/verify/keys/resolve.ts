// Resolves a verification method id (a DID URL or an HTTPS URL) to its public key and controller.
import type { DocumentFetcher } from '../../fetch/types';
import { resolveDidJwk } from './did-jwk';
import { resolveDidKey } from './did-key';
import { resolveDidWeb } from './did-web';
import { resolveHttpsMethod } from './https-method';
import { failed, unknown } from './outcome';
import type { KeyResolution } from './types';

const MAX_ID_LENGTH = 8192;
const DID = /^did:([a-z0-9]+):[A-Za-z0-9._:%-]+$/;

function splitFragment(id: string): { base: string; fragment: string | null } {
  const hash = id.indexOf('#');
  if (hash < 0) return { base: id, fragment: null };

  return { base: id.slice(0, hash), fragment: id.slice(hash + 1) };
}

async function resolveDid(id: string, fetcher: DocumentFetcher): Promise<KeyResolution> {
  const { base, fragment } = splitFragment(id);
  if (/[/?]/.test(base)) {
    return failed('did_url_unsupported', 'DID URLs with a path or query are not supported.');
  }

  const method = DID.exec(base)?.[1];
  if (!method) return failed('did_malformed', 'The key identifier is not a well-formed DID.');

  if (method === 'key') return resolveDidKey(base, fragment);
  if (method === 'jwk') return resolveDidJwk(base, fragment);
  if (method === 'web') return resolveDidWeb(base, fragment, fetcher);

  return failed(
    'did_method_unsupported',
    `Keys published with did:${method} cannot be checked: ` +
      'did:key, did:jwk and did:web are supported.',
  );
}

function isHttpUrl(id: string): boolean {
  try {
    const url = new URL(id);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

async function dispatch(id: string, fetcher: DocumentFetcher): Promise<KeyResolution> {
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) {
    return failed('verification_method_malformed', 'The key identifier is empty or too long.');
  }

  if (id.startsWith('did:')) return resolveDid(id, fetcher);
  if (isHttpUrl(id)) return resolveHttpsMethod(id, fetcher);

  return failed(
    'verification_method_unsupported',
    'The key identifier is neither a DID nor an HTTPS URL, so the key cannot be found.',
  );
}

/**
 * Resolves a verification method (`did:key:z6Mk…#z6Mk…`, `did:web:example.com#key-1`,
 * `https://issuer.example/issuers/1#key-1`) to its public key as a JWK, its controller, and
 * whether the controller lists it under `assertionMethod`. Never throws.
 *
 * @example
 * const resolution = await resolveVerificationMethod(proof.verificationMethod, fetcher);
 * if (resolution.ok && resolution.key.controller === issuerId) { ... }
 */
export async function resolveVerificationMethod(
  id: string,
  fetcher: DocumentFetcher,
): Promise<KeyResolution> {
  try {
    return await dispatch(id, fetcher);
  } catch {
    return unknown('key_resolution_error', 'The key could not be looked up: an internal error.');
  }
}
