// Organisations for the tests, written straight to D1, and members signed in through the real
// sign-in form.
import { env } from 'cloudflare:workers';
import { hashPassword } from '../../../../src/auth/password-hash';
import type { Role } from '../../../../src/auth/roles';
import { newRowId } from '../../../../src/auth/tokens';
import { createDb } from '../../../../src/db/client';
import { members } from '../../../../src/db/schema';
import { createOrganisation } from '../../../../src/db/organisations';
import { Browser } from './browser';

export const db = createDb(env.DB);

/** The password every test member has. */
export const PASSWORD = 'correct horse battery staple';

/** The pepper the test Worker runs with. */
export function testPepper(): string {
  return (env as unknown as { PASSWORD_PEPPER: string }).PASSWORD_PEPPER;
}

let passwordHash: Promise<string> | undefined;

/** One hash of `PASSWORD`, made once per file (hashing costs 100,000 PBKDF2 rounds). */
export function sharedPasswordHash(): Promise<string> {
  passwordHash ??= hashPassword(PASSWORD, testPepper());
  return passwordHash;
}

export interface TestMember {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface TestOrganisation {
  id: string;
  name: string;
  owner: TestMember;
  admin: TestMember;
  recruiter: TestMember;
  hiringManager: TestMember;
}

function person(label: string, role: Role): TestMember {
  const id = newRowId();
  return {
    id,
    email: `${role}.${id.slice(0, 8).toLowerCase()}@${label}.test`,
    name: `${label} ${role}`,
    role,
  };
}

/** An organisation with one member of each role, all with `PASSWORD`. */
export async function createTestOrganisation(
  label: string,
  now = new Date(),
): Promise<TestOrganisation> {
  const hash = await sharedPasswordHash();
  const organisation = { id: newRowId(), name: `Organisation ${label}`, createdAt: now };
  const [owner, admin, recruiter, hiringManager] = (
    ['owner', 'admin', 'recruiter', 'hiring_manager'] as const
  ).map((role) => person(label, role)) as [TestMember, TestMember, TestMember, TestMember];

  const row = (m: TestMember) => ({
    ...m,
    organisationId: organisation.id,
    passwordHash: hash,
    createdAt: now,
  });
  await createOrganisation(db, { organisation, owner: row(owner) });
  await db.insert(members).values([row(admin), row(recruiter), row(hiringManager)]);
  return { ...organisation, owner, admin, recruiter, hiringManager };
}

/** A browser signed in as `member` through the sign-in form. */
export async function signedIn(member: { email: string }, password = PASSWORD): Promise<Browser> {
  const browser = new Browser();
  const csrf_token = await browser.csrfFrom('/sign-in');

  const res = await browser.post('/sign-in', { csrf_token, email: member.email, password });
  if (res.status !== 303) throw new Error(`Sign-in answered ${res.status}.`);
  return browser;
}

/** Rows in a table, to prove a refused request changed nothing. */
export async function countRows(table: string, where = '1 = 1'): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).first<{
    n: number;
  }>();
  return row?.n ?? 0;
}
