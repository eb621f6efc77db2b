// Adding a passkey to the signed-in member's account: the options for the browser, then the
// checks of the new credential, storing it and recording it in the audit log.
import { insertPasskey } from '../../db/passkeys';
import { auditActor, type MemberAccess } from '../access';
import { audit } from '../audit-log';
import { newRowId } from '../tokens';
import { toBase64Url } from './bytes';
import { issueChallenge, memberSubject, useChallenge } from './ceremony-challenges';
import { parseRegistrationCredential } from './credential-json';
import { attempt, fail, type PasskeyResult } from './passkey-error';
import { type CreationOptionsJSON, creationOptions, verifyRegistration } from './registration';
import type { RelyingParty } from './relying-party';

const MAX_NAME_LENGTH = 60;
const DEFAULT_NAME = 'Passkey';

/** The name a passkey is listed under: what the member typed, or "Passkey". */
export function passkeyName(typed: string): string {
  const name = typed.trim().slice(0, MAX_NAME_LENGTH);

  return name === '' ? DEFAULT_NAME : name;
}

/** Starts a registration: a challenge for this member, and the options for the browser. */
export async function startRegistration(
  access: MemberAccess,
  rp: RelyingParty,
  existingCredentialIds: string[],
  now: Date,
): Promise<CreationOptionsJSON> {
  const subject = memberSubject(access.member.id);
  const challenge = await issueChallenge(access.scope.db, 'registration', subject, now);

  return creationOptions(rp, challenge, access.member, existingCredentialIds);
}

/** What the account page posts: the credential JSON and the name to list it under. */
export interface RegistrationSubmission {
  credential: string;
  name: string;
}

/** Verifies and stores the new passkey; the value is its row id. */
export async function finishRegistration(
  access: MemberAccess,
  rp: RelyingParty,
  submission: RegistrationSubmission,
  now: Date,
): Promise<PasskeyResult<string>> {
  return attempt(async () => {
    const credential = parseRegistrationCredential(submission.credential);
    const wanted = { ceremony: 'registration', subject: memberSubject(access.member.id) } as const;
    const challenge = await useChallenge(access.scope.db, credential.clientDataJSON, wanted, now);
    const verified = await verifyRegistration(credential, { rp, challenge });

    const id = newRowId();
    const name = passkeyName(submission.name);
    const { publicKey, ...rest } = verified;
    const row = { ...rest, id, name, memberId: access.member.id, createdAt: now };
    const stored = await insertPasskey(access.scope, { ...row, publicKey: toBase64Url(publicKey) });
    if (!stored) fail('credential_exists', 'This credential is already registered.');

    const target = { type: 'passkey', id, label: name };
    await audit(access.scope, now, {
      action: 'passkey_registered',
      actor: auditActor(access),
      target,
    });
    return id;
  });
}
