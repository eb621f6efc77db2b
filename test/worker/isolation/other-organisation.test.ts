import { beforeAll, describe, expect, it } from 'vitest';
import { newRowId } from '../../../src/auth/tokens';
import { withKey } from '../auth/support/api-keys';
import { Browser } from '../auth/support/browser';
import { captureConsole } from '../auth/support/logs';
import { signedIn } from '../auth/support/organisations';
import {
  buildWorld,
  expectNothingOfA,
  PAGES,
  request,
  stateOfA,
  type TargetIds,
  withoutRequestId,
  type World,
} from './two-organisations';

captureConsole();
let world: World;
let before: string;
let unknown: TargetIds;

beforeAll(async () => {
  world = await buildWorld();
  before = await stateOfA(world);
  unknown = {
    memberId: newRowId(),
    ownerId: newRowId(),
    invitationId: newRowId(),
    apiKeyId: newRowId(),
  };
});

describe("another organisation's owner, using A's ids", () => {
  for (const endpoint of PAGES.filter((e) => e.namesAnId)) {
    it(`gets 404 from ${endpoint.name}, exactly as for an id that does not exist`, async () => {
      const res = await request(world.bOwner, endpoint, world.ids);
      const body = await res.text();
      const nonexistent = await request(world.bOwner, endpoint, unknown);

      expect(res.status).toBe(404);
      expect(withoutRequestId(body)).toBe(withoutRequestId(await nonexistent.text()));
      expectNothingOfA(world, body);
      expect(await stateOfA(world)).toBe(before);
    });
  }

  it("gets 404 as an admin too, when changing A's owner", async () => {
    const admin = await signedIn(world.b.admin);
    const endpoint = PAGES.find((e) => e.name === 'change role');
    if (!endpoint) throw new Error('No change-role endpoint.');

    const res = await request(admin, endpoint, { ...world.ids, memberId: world.ids.ownerId });

    expect(res.status).toBe(404);
    expect(await stateOfA(world)).toBe(before);
  });
});

describe("another organisation's owner, on their own lists", () => {
  for (const path of ['/org', '/org/members', '/org/api-keys', '/org/audit', '/account']) {
    it(`sees nothing of A on ${path}`, async () => {
      const res = await world.bOwner.get(path);

      expect(res.status).toBe(200);
      expectNothingOfA(world, await res.text());
    });
  }
});

describe("another organisation's API key", () => {
  it("gets 404 for A's member, exactly as for an id that does not exist", async () => {
    const api = new Browser();

    const res = await withKey(api, `/api/v1/members/${world.ids.memberId}`, world.bKey);
    const nonexistent = await withKey(api, `/api/v1/members/${unknown.memberId}`, world.bKey);

    const body = await res.text();
    expect(res.status).toBe(404);
    expect(withoutRequestId(body)).toBe(withoutRequestId(await nonexistent.text()));
    expectNothingOfA(world, body);
  });

  it('lists only its own organisation', async () => {
    for (const path of ['/api/v1/members', '/api/v1/organisation']) {
      const res = await withKey(new Browser(), path, world.bKey);

      expect(res.status).toBe(200);
      expectNothingOfA(world, await res.text());
    }
  });
});
