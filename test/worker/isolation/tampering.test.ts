import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newRowId } from '../../../src/auth/tokens';
import { withKey } from '../auth/support/api-keys';
import { Browser } from '../auth/support/browser';
import { captureConsole } from '../auth/support/logs';
import { countRows } from '../auth/support/organisations';
import { buildWorld, expectNothingOfA, stateOfA, type World } from './two-organisations';

captureConsole();
let world: World;
let before: string;

beforeAll(async () => {
  world = await buildWorld();
  before = await stateOfA(world);
});

describe('id guessing', () => {
  it('finds nothing of A behind a hundred random ids', async () => {
    const csrf_token = await world.bOwner.csrfFrom('/account');

    for (let i = 0; i < 100; i++) {
      const res = await world.bOwner.post(`/org/members/${newRowId()}/role`, {
        csrf_token,
        role: 'admin',
      });

      expect(res.status).toBe(404);
    }
    expect(await stateOfA(world)).toBe(before);
  });

  it('answers 404 to ids of the wrong shape, without touching the database', async () => {
    const csrf_token = await world.bOwner.csrfFrom('/account');
    const shapes = ['1', "x' OR '1'='1", '%2e%2e%2f', 'A'.repeat(200), world.a.id.toUpperCase()];

    for (const id of shapes) {
      const res = await world.bOwner.post(`/org/members/${encodeURIComponent(id)}/remove`, {
        csrf_token,
      });

      expect(res.status).toBe(404);
    }
    expect(await stateOfA(world)).toBe(before);
  });

  it("answers 404 to the API for A's ids and guessed ones alike", async () => {
    for (const id of [world.ids.memberId, world.ids.ownerId, newRowId(), 'x']) {
      const res = await withKey(new Browser(), `/api/v1/members/${id}`, world.bKey);

      expect(res.status).toBe(404);
    }
  });
});

describe('parameter tampering', () => {
  it("ignores an organisation id in an invitation form: the invitation is B's", async () => {
    const csrf_token = await world.bOwner.csrfFrom('/account');

    const res = await world.bOwner.post('/org/invitations', {
      csrf_token,
      email: 'tampered@bravo.test',
      role: 'recruiter',
      organisation_id: world.a.id,
      organisationId: world.a.id,
    });

    expect(res.status).toBe(200);
    expect(
      await countRows(
        'invitations',
        `email = 'tampered@bravo.test' AND organisation_id = '${world.b.id}'`,
      ),
    ).toBe(1);
    expect(
      await countRows(
        'invitations',
        `email = 'tampered@bravo.test' AND organisation_id = '${world.a.id}'`,
      ),
    ).toBe(0);
  });

  it('ignores an organisation id in the query and in headers on pages', async () => {
    const res = await world.bOwner.get(`/org/members?organisation_id=${world.a.id}`, {
      'x-organisation-id': world.a.id,
    });

    expect(res.status).toBe(200);
    expectNothingOfA(world, await res.text());
  });

  it('ignores an organisation id in the query and in headers on the API', async () => {
    const res = await withKey(
      new Browser(),
      `/api/v1/members?organisation_id=${world.a.id}`,
      world.bKey,
      {
        headers: { 'x-organisation-id': world.a.id },
      },
    );

    expect(res.status).toBe(200);
    expectNothingOfA(world, await res.text());
  });

  it("refuses A's member id with an organisation field pointing at A, with 404", async () => {
    const csrf_token = await world.bOwner.csrfFrom('/account');

    const res = await world.bOwner.post(`/org/members/${world.ids.memberId}/role`, {
      csrf_token,
      role: 'admin',
      organisation_id: world.a.id,
    });

    expect(res.status).toBe(404);
    expect(await stateOfA(world)).toBe(before);
  });

  it('does not take the stored hash of a session as a session cookie', async () => {
    const token = world.aOwner.cookies.get('__Host-pp_session') ?? '';
    const browser = new Browser();
    browser.cookies.set('__Host-pp_session', await hashToken(token));

    expect((await browser.get('/org')).status).toBe(303);
  });

  it('does not take the stored hash of a key as a key', async () => {
    const row = await env.DB.prepare(
      'SELECT key_hash FROM api_keys WHERE organisation_id = ? LIMIT 1',
    )
      .bind(world.a.id)
      .first<{ key_hash: string }>();

    const res = await withKey(new Browser(), '/api/v1/organisation', row?.key_hash ?? '');

    expect(res.status).toBe(401);
  });

  it('does not accept a session cookie under the unprefixed name over https', async () => {
    const token = world.aOwner.cookies.get('__Host-pp_session') ?? '';
    const browser = new Browser();
    browser.cookies.set('pp_session', token);

    expect((await browser.get('/org')).status).toBe(303);
  });
});
