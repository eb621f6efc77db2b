// The contract between the outbound guard and everything that needs a document from the web.

/**
 * What the caller expects back; decides the accepted content types and the size limit.
 * `credential-or-page` asks for a credential but also takes a web page (with the HTML size
 * limit), so a link can be fetched once whether it answers the credential or a page about it.
 */
export type DocumentKind = 'json' | 'jwt' | 'credential' | 'html' | 'credential-or-page';

/** Why a document could not be had. Stable codes: they end up in reports and problem responses. */
export type FetchErrorCode =
  | 'url_invalid'
  | 'url_forbidden'
  | 'unreachable'
  | 'timeout'
  | 'http_error'
  | 'too_large'
  | 'content_type'
  | 'too_many_redirects'
  | 'rate_limited';

export interface FetchError {
  code: FetchErrorCode;
  /** A sentence a hiring manager can read; never contains response bodies. */
  message: string;
  /** The HTTP status when the server answered (`http_error`). */
  status?: number;
}

export interface FetchedDocument {
  /** The URL that was asked for. */
  url: string;
  /** The URL that finally answered, after redirects. */
  finalUrl: string;
  status: number;
  contentType: string;
  body: Uint8Array;
  /** True when the document came over plain HTTP because HTTPS did not answer. */
  insecure: boolean;
  fromCache: boolean;
}

export type FetchOutcome =
  | { ok: true; document: FetchedDocument }
  | { ok: false; error: FetchError };

export interface FetchOptions {
  kind: DocumentKind;
  /** Seconds a successful answer may be reused at most (status lists are kept briefly). */
  maxCacheSeconds?: number;
}

/** The only way the engine reaches the network. Never throws. */
export interface DocumentFetcher {
  fetch(url: string, options: FetchOptions): Promise<FetchOutcome>;
}
