// The guarded fetcher as the command line uses it: documents from a map, the rest from the
// network through the DNS-pinning transport, or nothing else at all when offline.
import { createGuardedFetcher, type DocumentFetcher } from '../index';
import { createDocumentsTransport, type DocumentsMap } from './documents-transport';
import { createPinnedTransport, createResolveHost, type LookupAll } from './pinned-transport';

export interface NodeFetcherOptions {
  /** Documents served instead of the network, by normalised URL. */
  documents?: DocumentsMap;
  /** When true, a URL the map does not list is unreachable. */
  offline?: boolean;
  /** Host name lookup; default `node:dns/promises` `lookup` with `all: true`. */
  lookup?: LookupAll;
}

/**
 * A guarded fetcher for Node. Everything passes through the same guard as in the Worker, so
 * a served file is checked exactly like a fetched document (status, content type, size).
 *
 * The guard is given `resolveHost` only when no map is used: with a map, a listed host must not
 * depend on DNS, and the pinning transport already refuses any unlisted host that resolves to an
 * address that is not public, with the same reason the guard would give.
 */
export function createNodeFetcher(options: NodeFetcherOptions = {}): DocumentFetcher {
  const documents = options.documents ?? new Map();
  const network = options.offline ? null : createPinnedTransport(options.lookup);
  if (documents.size === 0 && network) {
    return createGuardedFetcher({
      transport: network,
      resolveHost: createResolveHost(options.lookup),
    });
  }

  return createGuardedFetcher({ transport: createDocumentsTransport(documents, network) });
}
