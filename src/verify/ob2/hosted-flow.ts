// Verifies a hosted Open Badges 2.0 (or 1.x) assertion: the issuer's copy is fetched from the
// assertion's id and verified in place of the copy given, then its BadgeClass and Issuer.
import type { VerifyContext } from '../context';
import { checkRecipient, ob2RecipientIdentities } from '../recipient';
import { buildReport } from '../report/build';
import type { VerificationReport } from '../report/types';
import { checkOb2Context } from './context-check';
import { loadBadgeClass, loadIssuer } from './graph';
import { checkHostedBinding } from './hosted-binding';
import { checkHostedCopy } from './hosted-copy';
import { fetchHostedAssertion } from './hosted-proof';
import { checkHostedStatus } from './hosted-status';
import { notChecked } from './not-checked';
import { checkOb2Structure } from './structure-check';
import { describeOb2Subject, ob2Format } from './subject';
import type { Json, Ob2Version } from './types';
import { upgradeAssertion } from './upgrade';
import { checkOb2Validity } from './validity';

const NO_COPY = "the issuer's copy of the badge could not be had";

export async function verifyHostedAssertion(
  given: Json,
  givenVersion: Ob2Version,
  ctx: VerifyContext,
): Promise<VerificationReport> {
  const result = await fetchHostedAssertion(given, givenVersion, ctx);
  const hosted = result.hosted;
  const version = hosted?.version ?? givenVersion;
  const assertion = hosted?.node ?? upgradeAssertion(given, givenVersion);

  const badge = hosted ? await loadBadgeClass(hosted, ctx) : null;
  const issuer = badge ? await loadIssuer(badge, ctx) : null;
  const requested = ctx.request.recipient;

  const checks = [
    await checkOb2Context(hosted?.original ?? given, assertion, version),
    checkOb2Structure(assertion, badge, issuer, version),
    result.proof,
    hosted && badge && issuer
      ? checkHostedBinding(hosted, badge, issuer)
      : notChecked('issuer_binding', NO_COPY),
    checkHostedCopy(given, hosted?.original ?? null, ctx.viaLink),
    checkHostedStatus(result),
    hosted ? checkOb2Validity(assertion, ctx.now) : notChecked('validity_period', NO_COPY),
    hosted || !requested
      ? await checkRecipient(ob2RecipientIdentities(assertion), requested)
      : notChecked('recipient', NO_COPY),
  ];
  const subject = describeOb2Subject(assertion, badge, issuer);
  return buildReport(checks, ob2Format(version, 'hosted'), ctx.now, subject);
}
