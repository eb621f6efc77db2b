// The first-run demo: on a local `npm start` with an empty database, create a demo organisation
// with an owner, an admin, a recruiter and a hiring manager who share one known password, and
// print how to sign in. Runs only when `DEMO_SEED="true"` and the request came to a loopback host.
import type { Db } from '../db/client';
import { insertDemoOrganisation } from '../db/demo-seed';
import { countOrganisations } from '../db/organisations';
import { hashPassword } from './password-hash';
import type { Role } from './roles';

/**
 * The demo accounts' password. It is public on purpose: it exists only in a local database, and
 * is the one password that ever appears in a log (the console line printed at seed time).
 */
export const DEMO_PASSWORD = 'proofpath-demo';

/** A fixed id in the shape of the service's row ids (22 base64url characters). */
function demoId(name: string): string {
  return `demo-${name}`.padEnd(22, '0');
}

export const DEMO_ORGANISATION = { id: demoId('organisation'), name: 'Demo Employer' };

/** The demo people, one per role; ids are fixed so a repeated seed changes nothing. */
export const DEMO_MEMBERS: ReadonlyArray<{ id: string; email: string; name: string; role: Role }> =
  [
    {
      id: demoId('owner'),
      email: 'owner@demo.proofpath.test',
      name: 'Olivia Owner',
      role: 'owner',
    },
    { id: demoId('admin'), email: 'admin@demo.proofpath.test', name: 'Adam Admin', role: 'admin' },
    {
      id: demoId('recruiter'),
      email: 'recruiter@demo.proofpath.test',
      name: 'Rita Recruiter',
      role: 'recruiter',
    },
    {
      id: demoId('hiring-manager'),
      email: 'manager@demo.proofpath.test',
      name: 'Hugo Hiring Manager',
      role: 'hiring_manager',
    },
  ];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether a request URL is on this machine (a deployed Worker is never reached this way). */
export function isLoopbackUrl(url: string): boolean {
  return LOOPBACK_HOSTS.has(new URL(url).hostname);
}

/** The console line that tells a new user how to sign in. */
export function demoSignInLine(origin: string): string {
  const owner = DEMO_MEMBERS[0]?.email;

  return (
    `Proofpath demo: sign in at ${origin}/sign-in as ${owner} with the password ` +
    `"${DEMO_PASSWORD}" (a local demo account; other demo roles: admin@, recruiter@, manager@).`
  );
}

/**
 * Seeds the demo organisation when no organisation exists yet; true when it did. Safe to run
 * twice at once: the fixed ids make the second run insert nothing.
 */
export async function seedDemoOrganisation(
  db: Db,
  deps: { now: Date; pepper: string },
): Promise<boolean> {
  if ((await countOrganisations(db)) > 0) return false;

  const passwordHash = await hashPassword(DEMO_PASSWORD, deps.pepper);
  const members = DEMO_MEMBERS.map((member) => ({ ...member, passwordHash, createdAt: deps.now }));
  return insertDemoOrganisation(db, { ...DEMO_ORGANISATION, createdAt: deps.now }, members);
}
