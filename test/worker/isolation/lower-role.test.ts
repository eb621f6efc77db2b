import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from '../auth/support/browser';
import { captureConsole } from '../auth/support/logs';
import { signedIn } from '../auth/support/organisations';
import { buildWorld, PAGES, request, stateOfA, type World } from './two-organisations';

captureConsole();
let world: World;
let before: string;
const browsers = new Map<string, Browser>();

beforeAll(async () => {
  world = await buildWorld();
  browsers.set('recruiter', await signedIn(world.a.recruiter));
  browsers.set('hiring manager', await signedIn(world.a.hiringManager));
  browsers.set('admin', await signedIn(world.a.admin));
  before = await stateOfA(world);
});

function endpoint(name: string) {
  const found = PAGES.find((e) => e.name === name);
  if (!found) throw new Error(`No endpoint named ${name}.`);
  return found;
}

const MANAGER_ONLY = [
  'API keys list',
  'invite',
  'withdraw invitation',
  'change role',
  'remove member',
  'create API key',
  'revoke API key',
];

describe("members of A with a lower role, on A's own data", () => {
  for (const role of ['recruiter', 'hiring manager']) {
    for (const name of [...MANAGER_ONLY, 'audit log']) {
      it(`refuses a ${role} with 403 at ${name}, changing nothing`, async () => {
        const res = await request(browsers.get(role) as Browser, endpoint(name), world.ids);

        expect(res.status).toBe(403);
        expect(await stateOfA(world)).toBe(before);
      });
    }

    for (const name of ['overview', 'members list', 'account']) {
      it(`lets a ${role} open the ${name}`, async () => {
        const res = await request(browsers.get(role) as Browser, endpoint(name), world.ids);

        expect(res.status).toBe(200);
      });
    }
  }

  it('refuses an admin the audit log with 403', async () => {
    const res = await request(browsers.get('admin') as Browser, endpoint('audit log'), world.ids);

    expect(res.status).toBe(403);
  });

  it("refuses an admin who changes or removes A's owner, with 403", async () => {
    const admin = browsers.get('admin') as Browser;
    const onOwner = { ...world.ids, memberId: world.ids.ownerId };

    const change = await request(admin, endpoint('change role'), onOwner);
    const remove = await request(admin, endpoint('remove member'), onOwner);

    expect(change.status).toBe(403);
    expect(remove.status).toBe(403);
    expect(await stateOfA(world)).toBe(before);
  });

  it('refuses an admin who invites an owner, with 403', async () => {
    const res = await request(browsers.get('admin') as Browser, endpoint('invite'), world.ids);

    expect(res.status).toBe(403);
  });

  it('never shows a refusal more than "not allowed"', async () => {
    const res = await request(
      browsers.get('recruiter') as Browser,
      endpoint('remove member'),
      world.ids,
    );

    const body = await res.text();
    expect(body).toContain('Not allowed');
    expect(body).not.toContain(world.a.recruiter.email);
  });
});
