// The `holder_binding` checks. Once for each proof: the key that signed belongs to the holder and
// is authorised for authentication. Once for each credential: its subject is the holder, when
// the subject has an id (VC Data Model 2.0 §4.13, the presentation's `holder`).
import type { DocumentFetcher } from '../../fetch/types';
import type { ProofResult } from '../proof/types';
import { check } from '../report/check';
import type { Check } from '../report/types';
import { isObject } from '../structure/problem';
import { authorisedForAuthentication } from './authentication';

function keyNotChecked(result: ProofResult, details: Record<string, unknown>): Check {
  const status = result.check.status === 'unknown' ? 'unknown' : 'failed';
  const message = "No holder's key could be checked for this proof.";
  return check('holder_binding', status, 'key_not_checked', message, details);
}

/** Whether the key behind one presentation proof belongs to the holder and may authenticate. */
export async function checkHolderKey(
  result: ProofResult,
  holder: string | null,
  fetcher: DocumentFetcher,
): Promise<Check> {
  const details = { ...result.check.details, holder };
  const resolution = result.resolution;
  if (!resolution) return keyNotChecked(result, details);
  if (!resolution.ok) {
    const { status, code, message } = resolution;
    return check('holder_binding', status, code, message, details);
  }

  const { key } = resolution;
  const keyDetails = { ...details, controller: key.controller };
  if (key.insecure) {
    const message = "The holder's key was fetched over plain HTTP, so it cannot be trusted.";
    return check('holder_binding', 'unknown', 'key_insecure', message, keyDetails);
  }
  if (holder !== null && key.controller !== holder) {
    const message = `The key belongs to ${key.controller}, not to the holder ${holder}.`;
    return check('holder_binding', 'failed', 'holder_not_controller', message, keyDetails);
  }

  const authorised = await authorisedForAuthentication(key, fetcher);
  if (authorised !== true) {
    const message = "The holder's documents do not authorise this key to sign presentations.";
    if (authorised === false) {
      return check('holder_binding', 'failed', 'key_not_authorized', message, keyDetails);
    }
    const { status, code } = authorised;
    return check('holder_binding', status, code, authorised.message, keyDetails);
  }

  if (holder === null) {
    const message =
      'The presentation does not name its holder; ' +
      `its signer ${key.controller} is taken as the holder.`;
    return check('holder_binding', 'not_applicable', 'holder_missing', message, keyDetails);
  }
  return check(
    'holder_binding',
    'passed',
    'holder_controls_key',
    'The key belongs to the holder.',
    keyDetails,
  );
}

/** The ids of a credential's subjects. */
export function subjectIdsOf(credential: Record<string, unknown>): string[] {
  return [credential.credentialSubject ?? []]
    .flat()
    .filter(isObject)
    .map((subject) => subject.id)
    .filter((id): id is string => typeof id === 'string');
}

/**
 * Whether the credential at `index` was issued to the one presenting it. Not applicable when its
 * subject has no id: a subject known only by name or email cannot be tied to a key.
 */
export function checkSubjectBinding(
  credential: Record<string, unknown> | null,
  index: number,
  holder: string | null,
): Check {
  const details = { credentialIndex: index, holder };
  const name = `Credential ${index + 1}`;
  if (!credential) {
    const message = `${name} could not be read, so it cannot be tied to the holder.`;
    return check('holder_binding', 'not_applicable', 'credential_unreadable', message, details);
  }

  const subjects = subjectIdsOf(credential);
  const subjectDetails = { ...details, subjects };
  if (subjects.length === 0) {
    const message = `${name} names no subject id, so it cannot be tied to the holder.`;
    return check('holder_binding', 'not_applicable', 'subject_id_missing', message, subjectDetails);
  }
  if (holder === null) {
    const message = `${name} cannot be tied to the holder: no holder could be established.`;
    return check('holder_binding', 'unknown', 'holder_unknown', message, subjectDetails);
  }
  if (!subjects.includes(holder)) {
    const message = `${name} was issued to ${subjects.join(', ')}, not to the holder ${holder}.`;
    return check('holder_binding', 'failed', 'subject_not_holder', message, subjectDetails);
  }

  const message = `${name} was issued to the holder.`;
  return check('holder_binding', 'passed', 'subject_is_holder', message, subjectDetails);
}
