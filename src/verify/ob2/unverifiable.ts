// Assertions that carry nothing to verify: Open Badges 0.5 (which had no verification at all),
// and a signed badge given as bare JSON without its signature. Neither is ever valid.
import type { VerifyContext } from '../context';
import { checkRecipient, ob2RecipientIdentities } from '../recipient';
import { buildReport } from '../report/build';
import { check } from '../report/check';
import type { Check, VerificationReport } from '../report/types';
import { checkOb2Context } from './context-check';
import { notChecked } from './not-checked';
import { checkOb2Structure } from './structure-check';
import { describeOb2Subject, ob2Format } from './subject';
import { isObject, type Json, type Ob2Version, text } from './types';
import { upgradeAssertion } from './upgrade';
import { checkOb2Validity } from './validity';

const NO_VERIFICATION =
  'Open Badges 0.5 badges carry no verification at all: nothing shows who issued this badge ' +
  'or that it is unaltered, so it can never be valid.';

const SIGNATURE_MISSING =
  'The badge says it is signed, but only its JSON was given, without the signature: give the ' +
  'signed badge (the JWS) instead.';

/** 0.5 states its issuer inside the badge; only the parts every 0.5 badge has are required. */
function structure05(given: Json): Check {
  const badge = isObject(given.badge) ? given.badge : {};
  const issuer = isObject(badge.issuer) ? badge.issuer : {};
  const complete = text(given.recipient) && text(badge.name) && text(issuer.origin);
  if (complete) {
    const message = 'Every required property of an Open Badges 0.5 badge is there.';
    return check('structure', 'passed', 'structure_valid', message, { checked: ['Assertion'] });
  }

  const message = 'The badge lacks its recipient, its name or its issuer origin.';
  return check('structure', 'failed', 'structure_invalid', message, { checked: ['Assertion'] });
}

export async function verifyUnverifiable(
  given: Json,
  version: Ob2Version,
  ctx: VerifyContext,
): Promise<VerificationReport> {
  const assertion = upgradeAssertion(given, version);
  const is05 = version === '0.5';
  const proof = is05
    ? check('proof', 'failed', 'no_verification', NO_VERIFICATION)
    : check('proof', 'failed', 'signature_missing', SIGNATURE_MISSING);
  const reason = is05 ? 'Open Badges 0.5 has no verification' : 'the signature is missing';

  const checks = [
    await checkOb2Context(given, assertion, version),
    is05 ? structure05(given) : checkOb2Structure(assertion, null, null, version),
    proof,
    notChecked('issuer_binding', reason),
    notChecked('status', reason),
    checkOb2Validity(assertion, ctx.now),
    await checkRecipient(ob2RecipientIdentities(assertion), ctx.request.recipient),
  ];
  const subject = describeOb2Subject(assertion, null, null);
  return buildReport(checks, ob2Format(version, is05 ? 'none' : 'jws'), ctx.now, subject);
}
