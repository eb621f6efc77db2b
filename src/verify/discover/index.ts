// Finds the credential behind a link people paste: the credential itself, a page that names a
// JSON or JWT version of itself, or a badge platform's page whose credential lives elsewhere.
import type { DocumentFetcher, FetchedDocument, FetchError } from '../../fetch/types';
import type { ReportSource } from '../report/types';
import { alternateLinks } from './alternate-links';
import { looksLikeCredential } from './credential-text';
import { type DiscoveryFailure, pageFailure } from './failure';
import { matchPlatform, type PlatformMatch } from './platforms';

type DiscoveredBy = NonNullable<ReportSource['discoveredBy']>;

export type Discovery =
  | {
      ok: true;
      text: string;
      discoveredBy: DiscoveredBy;
      /** The platform whose documented URL pattern or behaviour found the credential. */
      platform?: string;
    }
  | DiscoveryFailure;

/** Requests after the first one for a link, whatever they lead to. */
export const MAX_FOLLOW_UPS = 3;

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

interface Candidate {
  url: string;
  discoveredBy: 'link-alternate' | 'platform-pattern';
  platform?: string;
}

interface Budget {
  left: number;
}

function decode(document: FetchedDocument): string {
  return new TextDecoder().decode(document.body);
}

async function fetchLink(url: string, fetcher: DocumentFetcher, budget: Budget) {
  const outcome = await fetcher.fetch(url, { kind: 'credential-or-page' });
  if (outcome.ok || outcome.error.status !== 406) return outcome;

  // The server will not send anything our Accept header asks for; a browser would get a page.
  budget.left--;
  return fetcher.fetch(url, { kind: 'html' });
}

function answered(text: string, match: PlatformMatch | null): Discovery | null {
  if (match?.platform.negotiates) {
    return { ok: true, text, discoveredBy: 'content-negotiation', platform: match.platform.name };
  }

  // A platform's page URL may answer JSON that describes the page; its credential is elsewhere.
  if (match && !looksLikeCredential(text)) return null;

  return { ok: true, text, discoveredBy: 'direct' };
}

function candidatesFor(page: string | null, pageUrl: string, match: PlatformMatch | null) {
  const candidates: Candidate[] = (page === null ? [] : alternateLinks(page, pageUrl)).map(
    (url) => ({ url, discoveredBy: 'link-alternate' }),
  );

  if (match && !candidates.some((candidate) => candidate.url === match.credentialUrl)) {
    const { credentialUrl: url, platform } = match;
    candidates.push({ url, discoveredBy: 'platform-pattern', platform: platform.name });
  }
  return candidates;
}

function found(text: string, candidate: Candidate): Discovery {
  const { discoveredBy, platform } = candidate;
  return platform ? { ok: true, text, discoveredBy, platform } : { ok: true, text, discoveredBy };
}

async function follow(
  candidates: readonly Candidate[],
  fetcher: DocumentFetcher,
  budget: Budget,
): Promise<Discovery> {
  const failures: FetchError[] = [];
  for (const candidate of candidates) {
    if (budget.left <= 0) break;
    budget.left--;

    // Every follow-up goes through the guard, which checks its URL like any other.
    const outcome = await fetcher.fetch(candidate.url, { kind: 'credential' });
    if (!outcome.ok) {
      failures.push(outcome.error);
      continue;
    }

    const text = decode(outcome.document);
    if (looksLikeCredential(text)) return found(text, candidate);
  }
  return pageFailure(failures);
}

/**
 * Finds the credential behind `url`. The link is fetched once, asking for a credential; a
 * credential answer is taken as it is (`direct`, or `content-negotiation` where a platform
 * documents that its page URL answers JSON). A web page is searched for `<link
 * rel="alternate">` to a JSON or JWT version, then matched against the platform table. At most
 * `MAX_FOLLOW_UPS` further requests are made, each through `fetcher` and so through the guard.
 * When the link is a page with nothing behind it, the failure says so with `webPage: true`.
 */
export async function discoverCredential(
  url: string,
  fetcher: DocumentFetcher,
): Promise<Discovery> {
  const budget: Budget = { left: MAX_FOLLOW_UPS };
  const first = await fetchLink(url, fetcher, budget);
  if (!first.ok) return { ok: false, error: first.error };

  const { document } = first;
  const text = decode(document);
  const match = matchPlatform(document.finalUrl) ?? matchPlatform(url);
  const isPage = PAGE_TYPES.has(document.contentType);
  if (!isPage) {
    const direct = answered(text, match);
    if (direct) return direct;
  }

  const candidates = candidatesFor(isPage ? text : null, document.finalUrl, match);
  return follow(candidates, fetcher, budget);
}
