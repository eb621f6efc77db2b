// Finds the credential behind a link. So far only links that answer with the credential itself
// are followed; web pages about a badge are reported as such.
import type { DocumentFetcher, FetchError } from '../../fetch/types';
import type { ReportSource } from '../report/types';

export type Discovery =
  | {
      ok: true;
      text: string;
      discoveredBy: NonNullable<ReportSource['discoveredBy']>;
      platform?: string;
    }
  | { ok: false; error: FetchError };

export async function discoverCredential(
  url: string,
  fetcher: DocumentFetcher,
): Promise<Discovery> {
  const outcome = await fetcher.fetch(url, { kind: 'credential' });
  if (!outcome.ok) return { ok: false, error: outcome.error };

  return {
    ok: true,
    text: new TextDecoder().decode(outcome.document.body),
    discoveredBy: 'direct',
  };
}
