// The `context` check of an Open Badges assertion: its JSON-LD contexts are in the pinned bundle
// and it expands in safe mode. 1.1 is expanded through the 2.0 context it upgrades to (the 1.1
// context imports a legacy context that is not bundled); 1.0 and 0.5 predate JSON-LD.
import { check } from '../report/check';
import type { Check } from '../report/types';
import { checkContexts } from '../structure/contexts-check';
import type { Json, Ob2Version } from './types';

export async function checkOb2Context(
  original: Json,
  upgraded: Json,
  version: Ob2Version,
): Promise<Check> {
  if (version === '1.0' || version === '0.5') {
    const message = `Open Badges ${version} predates JSON-LD: there is no context to check.`;
    return check('context', 'not_applicable', 'context_not_used', message);
  }

  return checkContexts(version === '1.1' ? upgraded : original);
}
