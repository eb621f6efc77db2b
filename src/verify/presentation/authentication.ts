// Whether the holder's documents authorise a key for `authentication`, the relationship a
// presentation proof is made for (W3C Controlled Identifiers 1.0 §2.3.1).
import type { DocumentFetcher } from '../../fetch/types';
import { didWebUrl } from '../keys';
import { fetchControllerDocument, listsMethod } from '../keys/controller-document';
import type { ResolutionFailure } from '../keys/outcome';
import type { ResolvedKey } from '../keys/types';

function controllerDocument(controller: string, fetcher: DocumentFetcher) {
  if (controller.startsWith('did:web:')) {
    const url = didWebUrl(controller);
    return url ? fetchControllerDocument(url, controller, 'did', fetcher) : null;
  }
  if (/^https?:\/\//.test(controller)) {
    return fetchControllerDocument(controller, controller, 'controller', fetcher);
  }
  return null;
}

/**
 * True when the key's controller lists it under `authentication`; a failure when the document
 * that would tell could not be had. The document was fetched once already to find the key, so
 * this usually comes from the fetcher's cache.
 */
export async function authorisedForAuthentication(
  key: ResolvedKey,
  fetcher: DocumentFetcher,
): Promise<boolean | ResolutionFailure> {
  // A did:key document is derived from the key and lists it for authentication.
  if (key.controller.startsWith('did:key:')) return true;

  // A did:jwk key is listed for authentication unless it is marked for encryption only, which
  // is exactly when it is not listed for assertionMethod either.
  if (key.controller.startsWith('did:jwk:')) return key.assertionMethod;

  const document = await controllerDocument(key.controller, fetcher);
  if (!document) return false;
  if (!document.ok) return document;

  return listsMethod(document, 'authentication', key.id);
}
