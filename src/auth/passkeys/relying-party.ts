// The relying party of a ceremony: this site, as the browser that made the request sees it. The
// RP ID is the request's host name and the expected origin is the request's own origin.

/** Who the passkey is for: its RP ID (a host name), the exact origin, and a name to show. */
export interface RelyingParty {
  id: string;
  origin: string;
  name: string;
}

/** The name authenticators show beside the account. */
export const RELYING_PARTY_NAME = 'Proofpath';

/** The relying party of a request to `url`. */
export function relyingPartyFor(url: string): RelyingParty {
  const { hostname, origin } = new URL(url);

  return { id: hostname, origin, name: RELYING_PARTY_NAME };
}
