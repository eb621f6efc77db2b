// Verification methods named by an HTTPS URL: a key inside a controller document
// (`https://issuer.example/issuers/1#key-1`), or a verification method document of its own.
// W3C Controlled Identifiers 1.0 §3.3 (retrieve verification method).
import type { DocumentFetcher } from '../../fetch/types';
import { didWebUrl } from './did-web';
import {
  type ControllerDocument,
  fetchControllerDocument,
  keyFromDocument,
  listsMethod,
} from './controller-document';
import { fetchJsonDocument, roleCode } from './fetch-document';
import { failed, type ResolutionFailure, resolved } from './outcome';
import type { KeyResolution } from './types';
import { methodPublicKey } from './verification-method';

const RELATIONSHIPS = [
  'verificationMethod',
  'authentication',
  'capabilityInvocation',
  'capabilityDelegation',
  'keyAgreement',
];

function unconfirmed(): ResolutionFailure {
  return failed(
    'key_controller_unconfirmed',
    "The key's controller does not list the key in its own document.",
  );
}

async function fetchController(
  controller: string,
  fetcher: DocumentFetcher,
): Promise<ControllerDocument | ResolutionFailure> {
  if (controller.startsWith('https://') || controller.startsWith('http://')) {
    return fetchControllerDocument(controller, controller, 'controller', fetcher);
  }

  const url = controller.startsWith('did:web:') ? didWebUrl(controller) : null;
  if (!url) return unconfirmed();
  return fetchControllerDocument(url, controller, 'did', fetcher);
}

/** A method id without a fragment: the URL serves the method itself, naming its controller. */
async function resolveMethodDocument(id: string, fetcher: DocumentFetcher): Promise<KeyResolution> {
  const fetched = await fetchJsonDocument(id, 'method', fetcher);
  if (!fetched.ok) return fetched;

  const method = fetched.body;
  if (method.id !== id) {
    return failed(roleCode('method', 'id_mismatch'), 'The key document describes a different key.');
  }
  if (typeof method.controller !== 'string') {
    return failed('key_controller_missing', 'The key does not state who controls it.');
  }

  const key = methodPublicKey(method);
  if (!key.ok) return key;

  // The controller must confirm the key in its own document, or anyone could claim a controller.
  const controller = await fetchController(method.controller, fetcher);
  if (!controller.ok) return controller;

  const assertionMethod = listsMethod(controller, 'assertionMethod', id);
  const listed = assertionMethod || RELATIONSHIPS.some((r) => listsMethod(controller, r, id));
  if (!listed) return unconfirmed();

  return resolved({
    id,
    controller: method.controller,
    assertionMethod,
    publicKeyJwk: key.jwk,
    insecure: fetched.insecure || controller.insecure,
  });
}

/** Resolves a verification method whose id is an HTTP(S) URL. */
export async function resolveHttpsMethod(
  id: string,
  fetcher: DocumentFetcher,
): Promise<KeyResolution> {
  const hash = id.indexOf('#');
  if (hash < 0) return resolveMethodDocument(id, fetcher);

  const documentUrl = id.slice(0, hash);
  const document = await fetchControllerDocument(documentUrl, documentUrl, 'controller', fetcher);
  if (!document.ok) return document;

  return keyFromDocument(document, id);
}
