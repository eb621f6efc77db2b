import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_PARAMETERS, hashPassword } from '../../../src/auth/password-hash';
import { captureConsole } from './support/logs';
import {
  createTestOrganisation,
  db,
  PASSWORD,
  signedIn,
  type TestOrganisation,
  testPepper,
} from './support/organisations';
import { setPasswordHash } from '../../../src/db/members';

captureConsole();
let org: TestOrganisation;

beforeAll(async () => {
  org = await createTestOrganisation('upgrade');
});

async function storedHash(memberId: string): Promise<string> {
  const row = await env.DB.prepare('SELECT password_hash AS h FROM members WHERE id = ?')
    .bind(memberId)
    .first<{ h: string }>();
  return row?.h ?? '';
}

describe('a stored hash made with older parameters', () => {
  it('is replaced by a current one on the next successful sign-in', async () => {
    const old = await hashPassword(PASSWORD, testPepper(), {
      ...CURRENT_PARAMETERS,
      iterations: 1000,
    });
    await setPasswordHash(db, org.recruiter.id, old);

    await signedIn(org.recruiter);

    const upgraded = await storedHash(org.recruiter.id);
    expect(upgraded).not.toBe(old);
    expect(upgraded).toMatch(/^\$pbkdf2-sha256\$i=100000,l=32,p=hmac-sha256\$/);
  });

  it('still works for signing in after the upgrade', async () => {
    await expect(signedIn(org.recruiter)).resolves.toBeDefined();
  });

  it('is left alone when it is already current', async () => {
    const before = await storedHash(org.admin.id);

    await signedIn(org.admin);

    expect(await storedHash(org.admin.id)).toBe(before);
  });
});
