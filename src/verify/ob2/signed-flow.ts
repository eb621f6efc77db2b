// Verifies a signed Open Badges 2.0 (or 1.x) assertion: a JWS whose key the issuer's profile
// lists, and whose id the issuer's revocation list does not name.
import type { VerifyContext } from '../context';
import { checkRecipient, ob2RecipientIdentities } from '../recipient';
import { buildReport } from '../report/build';
import { check } from '../report/check';
import type { Check, VerificationReport } from '../report/types';
import { checkOb2Context } from './context-check';
import { loadBadgeClass, loadIssuer } from './graph';
import { decodeJws } from './jws';
import { checkSignedBinding, listedKeys } from './key-binding';
import { notChecked } from './not-checked';
import { checkRevocationList } from './revocation-list';
import { verifySignedProof } from './signed-proof';
import { checkOb2Structure } from './structure-check';
import { describeOb2Subject, ob2Format } from './subject';
import { isObject, type Json, type Loaded, text } from './types';
import { upgradeAssertion } from './upgrade';
import { checkOb2Validity } from './validity';
import { versionOf } from './version';

/** The creator the assertion names, or else every key its issuer lists. */
function keyUrls(assertion: Json, issuer: Loaded): string[] {
  const verification = assertion.verification;
  const creator = isObject(verification) ? text(verification.creator) : null;
  if (creator !== null) return [creator];

  return issuer.ok ? listedKeys(issuer.node) : [];
}

function failedBefore(checks: Check[]): boolean {
  return checks.some((c) => c.required && c.status === 'failed');
}

export async function verifySignedAssertion(
  token: string,
  ctx: VerifyContext,
): Promise<VerificationReport> {
  const decoded = decodeJws(token);
  if (!decoded.ok)
    return buildReport([check('input', 'failed', decoded.code, decoded.message)], null, ctx.now);

  const version = versionOf(decoded.payload);
  const assertion = upgradeAssertion(decoded.payload, version);
  const document = {
    ok: true as const,
    node: assertion,
    url: null,
    finalUrl: null,
    insecure: false,
  };
  const badge = await loadBadgeClass(document, ctx);
  const issuer = await loadIssuer(badge, ctx);
  const { proof, key } = await verifySignedProof(
    token,
    decoded.header.alg,
    keyUrls(assertion, issuer),
    ctx,
  );

  const before = [
    await checkOb2Context(decoded.payload, assertion, version),
    checkOb2Structure(assertion, badge, issuer, version),
    proof,
    checkSignedBinding(key, badge, issuer, version),
  ];
  const status = failedBefore(before)
    ? notChecked('status', 'the badge already failed an earlier check')
    : await checkRevocationList(assertion, issuer, ctx);

  const checks = [
    ...before,
    status,
    checkOb2Validity(assertion, ctx.now),
    await checkRecipient(ob2RecipientIdentities(assertion), ctx.request.recipient),
  ];
  const subject = describeOb2Subject(assertion, badge, issuer);
  return buildReport(checks, ob2Format(version, 'jws'), ctx.now, subject);
}
