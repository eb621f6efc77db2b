import { beforeAll, describe, expect, it } from 'vitest';
import { Browser } from '../auth/support/browser';
import { captureConsole } from '../auth/support/logs';
import {
  API,
  buildWorld,
  expectNothingOfA,
  PAGES,
  request,
  stateOfA,
  type World,
} from './two-organisations';

captureConsole();
let world: World;
let before: string;

beforeAll(async () => {
  world = await buildWorld();
  before = await stateOfA(world);
});

describe('a signed-out visitor', () => {
  for (const endpoint of PAGES) {
    it(`is sent to sign in by ${endpoint.method} ${endpoint.name}, changing nothing`, async () => {
      const path = endpoint.path(world.ids);

      const res = await request(new Browser(), endpoint, world.ids);

      expect(res.status).toBe(303);
      const expected =
        endpoint.method === 'GET' ? `/sign-in?next=${encodeURIComponent(path)}` : /^\/(sign-in)?$/;
      if (typeof expected === 'string') expect(res.headers.get('location')).toBe(expected);
      else expect(res.headers.get('location')).toMatch(expected);
      expectNothingOfA(world, await res.text());
      expect(await stateOfA(world)).toBe(before);
    });
  }

  it('is sent to sign in even with a valid pre-session form token', async () => {
    const browser = new Browser();
    const csrf_token = await browser.csrfFrom('/sign-in');

    const res = await browser.post(`/org/members/${world.ids.memberId}/remove`, { csrf_token });

    expect(res.status).toBe(303);
    expect(await stateOfA(world)).toBe(before);
  });

  for (const endpoint of API) {
    it(`gets 401 from the API (${endpoint.name}) with nothing of A in the body`, async () => {
      const res = await new Browser().get(endpoint.path(world.ids));

      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expectNothingOfA(world, await res.text());
    });
  }
});
