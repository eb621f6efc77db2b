// The `structure` check of a presentation (VC Data Model 1.1 §4.10, 2.0 §4.13): the W3C context,
// the type VerifiablePresentation, a holder named by a URI, and credentials that can be read.
import { check } from '../report/check';
import type { Check } from '../report/types';
import { dataModelOf, typesOf } from '../structure/format';
import { idOf, isObject, isUri, type Problem } from '../structure/problem';

/** Most embedded credentials verified in one presentation; the rest are not checked. */
export const MAX_PRESENTED_CREDENTIALS = 20;

/** Everything `verifiableCredential` holds, in order: objects and compact JWTs. */
export function presentedCredentials(presentation: Record<string, unknown>): unknown[] {
  return [presentation.verifiableCredential ?? []].flat();
}

function holderProblems(holder: unknown): Problem[] {
  if (holder === undefined) return [];

  const id = idOf(holder);
  if (id && isUri(id)) return [];
  return [{ code: 'holder_malformed', message: 'The holder is not named by a URL or DID.' }];
}

function problemsOf(presentation: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  if (!dataModelOf(presentation)) {
    const message =
      'This is not a Verifiable Presentation: ' +
      'its first @context is not the W3C credentials context.';
    problems.push({ code: 'not_a_presentation', message });
  }
  if (!typesOf(presentation).includes('VerifiablePresentation')) {
    const message = 'The presentation does not declare the type VerifiablePresentation.';
    problems.push({ code: 'type_missing', message });
  }
  const id = presentation.id;
  if (id !== undefined && !(typeof id === 'string' && isUri(id))) {
    problems.push({ code: 'id_malformed', message: 'The presentation id is not a URI.' });
  }

  const unreadable = presentedCredentials(presentation).some(
    (item) => !isObject(item) && typeof item !== 'string',
  );
  if (unreadable) {
    const message = 'A credential in the presentation is neither an object nor a JWT.';
    problems.push({ code: 'credential_malformed', message });
  }
  return [...problems, ...holderProblems(presentation.holder)];
}

function countCheck(count: number): Check[] {
  if (count <= MAX_PRESENTED_CREDENTIALS) return [];

  const message =
    `The presentation holds ${count} credentials; only the first ` +
    `${MAX_PRESENTED_CREDENTIALS} were checked.`;
  const details = { credentials: count, checked: MAX_PRESENTED_CREDENTIALS };
  return [check('structure', 'unknown', 'too_many_credentials', message, details)];
}

/** The structure check, and an `unknown` one when there are more credentials than are checked. */
export function checkPresentationStructure(presentation: Record<string, unknown>): Check[] {
  const problems = problemsOf(presentation);
  const details = { types: typesOf(presentation), dataModel: dataModelOf(presentation) };
  const count = countCheck(presentedCredentials(presentation).length);

  if (problems.length > 0) {
    const first = problems[0] as Problem;
    return [
      check('structure', 'failed', first.code, first.message, { ...details, problems }),
      ...count,
    ];
  }

  const message = 'The presentation has every required part.';
  return [check('structure', 'passed', 'structure_valid', message, details), ...count];
}
