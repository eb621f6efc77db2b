// The real Node transport: resolves the host once, refuses it if any address is not public, and
// connects only to the addresses it checked, so a second DNS answer cannot point it elsewhere.
import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { Agent, fetch as undiciFetch } from 'undici';
import { classifyAddress, classifyHost, type ForbiddenReason, isIpLiteral } from '../address';
import type { ResolveHost, Transport } from '../transport';
import { pinnedLookup } from './pinned-lookup';

/** Looks up every address of a host name (by default `node:dns/promises` `lookup`, all: true). */
export type LookupAll = (hostname: string) => Promise<LookupAddress[]>;

/**
 * The refusal of a destination that is, or resolves to, an address that is not public. Its
 * `code` and `reason` are what the guard reads to report `url_forbidden` rather than a failure.
 */
export class ForbiddenAddressError extends TypeError {
  override name = 'ForbiddenAddressError';
  readonly code = 'url_forbidden';

  constructor(
    readonly hostname: string,
    readonly reason: ForbiddenReason,
  ) {
    super(`fetch failed: ${hostname} is not a public destination (${reason})`);
  }
}

const systemLookup: LookupAll = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

function literalAddress(hostname: string): LookupAddress {
  const bare = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname.replace(/\.+$/, '');
  return { address: bare, family: bare.includes(':') ? 6 : 4 };
}

/** Every address of `hostname`, all of them public; rejects with `ForbiddenAddressError` if not. */
export async function resolvePublic(hostname: string, lookup: LookupAll): Promise<LookupAddress[]> {
  const hostReason = classifyHost(hostname);
  if (hostReason) throw new ForbiddenAddressError(hostname, hostReason);

  const addresses = isIpLiteral(hostname) ? [literalAddress(hostname)] : await lookup(hostname);
  if (addresses.length === 0) throw new TypeError(`fetch failed: ${hostname} has no address`);

  // Every address counts: the socket may be handed any one of them.
  for (const { address } of addresses) {
    const reason = classifyAddress(address);
    if (reason) throw new ForbiddenAddressError(hostname, reason);
  }
  return addresses;
}

/** A `resolveHost` for the guard that looks names up the way this transport does. */
export function createResolveHost(lookup: LookupAll = systemLookup): ResolveHost {
  return async (hostname) => (await lookup(hostname)).map(({ address }) => address);
}

async function exchange(request: Request, agent: Agent): Promise<Response> {
  const response = await undiciFetch(request.url, {
    method: request.method,
    headers: [...request.headers],
    redirect: 'manual',
    signal: request.signal,
    dispatcher: agent,
  });

  // Re-wrapped as the global Response: the guard should not meet a second copy of undici's class.
  const { status, statusText, headers } = response;
  const body = response.body as ReadableStream<Uint8Array> | null;
  return new Response(body, { status, statusText, headers: [...headers] });
}

/**
 * The DNS-pinning transport for Node. TLS SNI, certificate checks and the Host header use the
 * URL's host name; only the address the socket connects to is fixed. Redirects are not followed.
 */
export function createPinnedTransport(lookup: LookupAll = systemLookup): Transport {
  return async (request) => {
    const { hostname } = new URL(request.url);
    const addresses = await resolvePublic(hostname, lookup);
    const agent = new Agent({ connect: { lookup: pinnedLookup(addresses) } });

    try {
      return await exchange(request, agent);
    } finally {
      // Closing waits for the request in flight, body included, then frees the socket.
      void agent.close();
    }
  };
}
