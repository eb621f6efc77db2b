// The `context` check: every JSON-LD context is in the pinned bundle, and the document expands in
// safe mode (a term with no definition is a failure, never silently dropped).
import { BUNDLED_CONTEXTS } from '../contexts';
import { canonize } from '../jsonld/canonize';
import { contextUrls } from '../jsonld/loader';
import { check } from '../report/check';
import type { Check } from '../report/types';

export async function checkContexts(document: Record<string, unknown>): Promise<Check> {
  if (document['@context'] === undefined) {
    return check('context', 'failed', 'context_missing', 'The document has no JSON-LD @context.');
  }

  const unknown = [...contextUrls(document)].find((url) => !BUNDLED_CONTEXTS.has(url));
  if (unknown) {
    const message = `The document uses a JSON-LD context we do not know (${unknown}); it is refused.`;
    return check('context', 'failed', 'context_unknown', message, { context: unknown });
  }

  const { proof: _proof, ...unsecured } = document;
  const result = await canonize(unsecured);
  if (!result.ok) return check('context', 'failed', result.code, result.message);

  return check('context', 'passed', 'context_known', 'Every term is defined by a known context.');
}
