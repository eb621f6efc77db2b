// Signing in with a passkey: the options for the browser, then the assertion checked against the
// stored credential. A failure with a known credential is recorded in its owner's audit log.
import type { Db } from '../../db/client';
import type { MemberSummary } from '../../db/members';
import { findPasskeyOwner, type PasskeyOwner, recordPasskeyUse } from '../../db/passkeys';
import { grantOrgScope } from '../../db/org-scope';
import { audit } from '../audit-log';
import { type RequestOptionsJSON, requestOptions, verifyAuthentication } from './authentication';
import { decodeBase64Url } from './bytes';
import { browserSubject, issueChallenge, useChallenge } from './ceremony-challenges';
import { parseAuthenticationCredential } from './credential-json';
import { attempt, fail, type PasskeyFailureCode } from './passkey-error';
import { userHandleOf } from './registration';
import type { RelyingParty } from './relying-party';

/** Starts a sign-in for the browser holding `formToken`. */
export async function startPasskeySignIn(
  db: Db,
  rp: RelyingParty,
  formToken: string,
  now: Date,
): Promise<RequestOptionsJSON> {
  const challenge = await issueChallenge(
    db,
    'authentication',
    await browserSubject(formToken),
    now,
  );

  return requestOptions(rp, challenge);
}

/** The outcome: the member to sign in, or why not (with the owner, when the passkey is known). */
export type PasskeySignIn =
  | { ok: true; member: MemberSummary }
  | { ok: false; code: PasskeyFailureCode; owner: PasskeyOwner | null };

async function verifiedOwner(
  db: Db,
  rp: RelyingParty,
  input: { formToken: string; credential: string; now: Date },
  found: { owner: PasskeyOwner | null },
): Promise<MemberSummary> {
  const credential = parseAuthenticationCredential(input.credential);
  const owner = await findPasskeyOwner(db, credential.id);
  if (!owner) fail('credential_unknown', 'No passkey has this credential id.');
  found.owner = owner;

  const subject = await browserSubject(input.formToken);
  const wanted = { ceremony: 'authentication', subject } as const;
  const challenge = await useChallenge(db, credential.clientDataJSON, wanted, input.now);
  const stored = {
    publicKey: decodeBase64Url(owner.passkey.publicKey) ?? new Uint8Array(),
    signCount: owner.passkey.signCount,
    backupEligible: owner.passkey.backupEligible,
    userHandle: userHandleOf(owner.member.id),
  };
  const verified = await verifyAuthentication(credential, { rp, challenge }, stored);

  const use = { ...verified, usedAt: input.now };
  if (!(await recordPasskeyUse(db, owner.passkey, use))) {
    fail('counter_regression', 'The counter changed while this sign-in was checked.');
  }
  return owner.member;
}

async function recordFailure(owner: PasskeyOwner, code: PasskeyFailureCode, db: Db, now: Date) {
  const scope = grantOrgScope(db, owner.member.organisationId);
  const actor = { memberId: owner.member.id, label: owner.member.email };

  await audit(scope, now, { action: 'sign_in_failed', actor, detail: { method: 'passkey', code } });
}

/** Checks a posted assertion; on success the member is ready for `beginSession`. */
export async function finishPasskeySignIn(
  db: Db,
  rp: RelyingParty,
  input: { formToken: string; credential: string; now: Date },
): Promise<PasskeySignIn> {
  const found: { owner: PasskeyOwner | null } = { owner: null };
  const result = await attempt(() => verifiedOwner(db, rp, input, found));
  if (result.ok) return { ok: true, member: result.value };

  if (found.owner) await recordFailure(found.owner, result.code, db, input.now);
  return { ok: false, code: result.code, owner: found.owner };
}
