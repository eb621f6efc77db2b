// The required properties of Open Badges 2.0 Assertion, BadgeClass and Issuer profile, read in
// the 2.0 shape (older versions are upgraded first).
import type { Problem } from '../structure/problem';
import { typesOf } from '../structure/format';
import { isObject, type Json, type Ob2Version, text } from './types';
import { verificationType } from './upgrade';

export type Rule = [test: (node: Json) => boolean, code: string, message: string];

function has(property: string): (node: Json) => boolean {
  return (node) => node[property] !== undefined && node[property] !== null && node[property] !== '';
}

function typed(...types: string[]): (node: Json) => boolean {
  return (node) => typesOf(node).some((t) => types.includes(t));
}

function recipientValid(node: Json): boolean {
  const recipient = node.recipient;
  return isObject(recipient) && text(recipient.identity) !== null && text(recipient.type) !== null;
}

/** Signed 1.0 assertions have no id: their `uid` names them (and their revocation list entry). */
function identified(version: Ob2Version): (node: Json) => boolean {
  return (node) => text(node.id) !== null || (version !== '2.0' && text(node.uid) !== null);
}

export const assertionRules = (version: Ob2Version): Rule[] => [
  [typed('Assertion'), 'assertion_type_invalid', 'The assertion is not of type Assertion.'],
  [identified(version), 'assertion_id_missing', 'The assertion has no id.'],
  [recipientValid, 'recipient_invalid', 'The assertion does not name its recipient properly.'],
  [has('badge'), 'badge_class_missing', 'The assertion names no badge class.'],
  [
    (n) => verificationType(n) !== null,
    'verification_invalid',
    'The assertion says neither that it is hosted nor that it is signed.',
  ],
  [has('issuedOn'), 'issued_on_missing', 'The assertion does not say when it was issued.'],
];

export const BADGE_CLASS_RULES: Rule[] = [
  [typed('BadgeClass'), 'badge_class_type_invalid', 'The badge class is not of type BadgeClass.'],
  ...['name', 'description', 'image', 'criteria', 'issuer'].map(
    (property): Rule => [
      has(property),
      'badge_class_incomplete',
      `The badge class has no ${property}.`,
    ],
  ),
];

export const ISSUER_RULES: Rule[] = [
  [
    typed('Issuer', 'Profile'),
    'issuer_type_invalid',
    'The issuer profile is not of type Issuer or Profile.',
  ],
  [has('id'), 'issuer_id_missing', 'The issuer profile has no id.'],
  [has('name'), 'issuer_incomplete', 'The issuer profile has no name.'],
];

/** The problems a node has against its rules, each naming the document it is in. */
export function problemsOf(
  node: Json,
  rules: Rule[],
  document: string,
): (Problem & { document: string })[] {
  return rules
    .filter(([test]) => !test(node))
    .map(([, code, message]) => ({ code, message, document }));
}
