import { beforeAll, describe, expect, it } from 'vitest';
import { createKeyVia, withKey } from '../auth/support/api-keys';
import { Browser } from '../auth/support/browser';
import { captureConsole } from '../auth/support/logs';
import { API, buildWorld, expectNothingOfA, type World } from './two-organisations';

captureConsole();
let world: World;
const api = new Browser();

beforeAll(async () => {
  world = await buildWorld();
});

describe("A's revoked key", () => {
  for (const endpoint of API) {
    it(`gets 401 from ${endpoint.name}, with nothing of A in the body`, async () => {
      const res = await withKey(api, endpoint.path(world.ids), world.aRevokedKey);

      expect(res.status).toBe(401);
      expectNothingOfA(world, await res.text());
    });
  }

  it('gets 401 from the open verification API too', async () => {
    const res = await withKey(api, '/api/v1/verifications', world.aRevokedKey, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });

    expect(res.status).toBe(401);
  });
});

describe("A's live key", () => {
  it('reaches A’s member by id', async () => {
    const res = await withKey(api, `/api/v1/members/${world.ids.memberId}`, world.aKey);

    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: world.ids.memberId,
      email: world.a.recruiter.email,
    });
  });
});

describe('a key of A without the scope', () => {
  it('gets 403 for the members, with nothing of A in the body', async () => {
    const key = await createKeyVia(world.aOwner, 'Verify only', ['verify']);

    for (const path of ['/api/v1/members', `/api/v1/members/${world.ids.memberId}`]) {
      const res = await withKey(api, path, key);

      expect(res.status).toBe(403);
      expectNothingOfA(world, await res.text());
    }
  });
});
