// Required parts of a W3C Verifiable Credential, data model 1.1 and 2.0.
import { dataModelOf, typesOf } from './format';
import { idOf, isObject, isUri, type Problem } from './problem';

function subjectProblems(subject: unknown): Problem[] {
  const subjects = [subject ?? []].flat();
  if (subjects.length === 0) {
    return [{ code: 'credential_subject_missing', message: 'The credential names no subject.' }];
  }
  if (!subjects.every(isObject)) {
    return [
      { code: 'credential_subject_malformed', message: 'The credential subject is not an object.' },
    ];
  }
  return [];
}

export function credentialProblems(credential: Record<string, unknown>): Problem[] {
  const dataModel = dataModelOf(credential);
  if (!dataModel) {
    return [
      {
        code: 'not_a_credential',
        message:
          'This is not a Verifiable Credential: its first @context is not the W3C credentials context.',
      },
    ];
  }

  const problems: Problem[] = [];
  if (!typesOf(credential).includes('VerifiableCredential')) {
    problems.push({
      code: 'type_missing',
      message: 'The credential does not declare the type VerifiableCredential.',
    });
  }

  const issuer = idOf(credential.issuer);
  if (!issuer || !isUri(issuer)) {
    problems.push({
      code: 'issuer_missing',
      message: 'The credential does not name its issuer by a URL or DID.',
    });
  }

  if (credential.id !== undefined && !(typeof credential.id === 'string' && isUri(credential.id))) {
    problems.push({ code: 'id_malformed', message: 'The credential id is not a URI.' });
  }

  if (dataModel === 'vc-1.1' && typeof credential.issuanceDate !== 'string') {
    problems.push({
      code: 'issuance_date_missing',
      message: 'A VC 1.1 credential must state its issuance date.',
    });
  }

  return [...problems, ...subjectProblems(credential.credentialSubject)];
}
