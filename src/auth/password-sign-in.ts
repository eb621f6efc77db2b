// Checks an email and password. An unknown email costs the same time as a wrong password, and a
// hash made with older parameters is replaced by a current one on success.
import type { Db } from '../db/client';
import { findMemberByEmail, type MemberSummary, setPasswordHash } from '../db/members';
import type { MemberRow } from '../db/schema';
import { checkNoPassword, hashPassword, verifyPassword } from './password-hash';
import { MAX_PASSWORD_LENGTH } from './password-policy';

/** The outcome: the member on success; on failure, the member when the email was known. */
export type PasswordSignIn =
  | { ok: true; member: MemberSummary }
  | { ok: false; member: MemberSummary | null };

function summary({ passwordHash: _hidden, ...member }: MemberRow): MemberSummary {
  return member;
}

/** Verifies `password` for the member with `email`. */
export async function checkEmailAndPassword(
  db: Db,
  email: string,
  password: string,
  pepper: string,
): Promise<PasswordSignIn> {
  const found = await findMemberByEmail(db, email);
  const tooLong = [...password].length > MAX_PASSWORD_LENGTH;
  if (!found?.passwordHash || tooLong) {
    await checkNoPassword(password.slice(0, MAX_PASSWORD_LENGTH), pepper);
    return { ok: false, member: found ? summary(found) : null };
  }

  const check = await verifyPassword(password, found.passwordHash, pepper);
  if (!check.matches) return { ok: false, member: summary(found) };

  if (check.needsRehash) await setPasswordHash(db, found.id, await hashPassword(password, pepper));
  return { ok: true, member: summary(found) };
}
