import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { createKeyVia, keyIdOf, withKey } from './support/api-keys';
import { Browser } from './support/browser';
import { captureConsole } from './support/logs';
import {
  countRows,
  createTestOrganisation,
  signedIn,
  type TestOrganisation,
} from './support/organisations';

captureConsole();
let org: TestOrganisation;
let owner: Browser;
const api = new Browser();

beforeAll(async () => {
  org = await createTestOrganisation('keys');
  owner = await signedIn(org.owner);
});

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return (await res.json()) as { code: string; status: number; detail: string };
}

describe('creating a key on the API keys page', () => {
  it('shows the key once, as pp_ and 43 characters', async () => {
    const key = await createKeyVia(owner, 'ATS import', ['verify', 'members:read']);

    expect(key).toMatch(/^pp_[A-Za-z0-9_-]{43}$/);
  });

  it('lists keys afterwards by name and prefix only, never the secret', async () => {
    const key = await createKeyVia(owner, 'Listed key', ['verify']);

    const html = await (await owner.get('/org/api-keys')).text();
    expect(html).toContain('Listed key');
    expect(html).toContain(`${key.slice(0, 11)}…`);
    expect(html).not.toContain(key);
  });

  it('stores only the SHA-256 of the key', async () => {
    const key = await createKeyVia(owner, 'Stored key', ['verify']);

    const rows = await env.DB.prepare('SELECT * FROM api_keys').all();
    expect(JSON.stringify(rows.results)).not.toContain(key);
    expect(rows.results.every((row) => /^[0-9a-f]{64}$/.test(String(row.key_hash)))).toBe(true);
  });

  it('refuses a scope the creator cannot give, and creates nothing', async () => {
    const before = await countRows('api_keys');

    const res = await owner.submit('/org/api-keys', '/org/api-keys', {
      name: 'Too wide',
      scopes: ['verify', 'audit:read'],
    });

    expect(res.status).toBe(400);
    expect(await countRows('api_keys')).toBe(before);
  });

  it('refuses a key without a name or without scopes', async () => {
    const noName = await owner.submit('/org/api-keys', '/org/api-keys', {
      name: ' ',
      scopes: ['verify'],
    });
    const noScope = await owner.submit('/org/api-keys', '/org/api-keys', { name: 'No scope' });

    expect(noName.status).toBe(400);
    expect(noScope.status).toBe(400);
  });
});

describe('calling the API with a key', () => {
  it('answers for the key’s organisation, with its scopes', async () => {
    const key = await createKeyVia(owner, 'Who am I', ['members:read']);

    const res = await withKey(api, '/api/v1/organisation', key);

    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      organisation: { id: org.id, name: org.name },
      apiKey: { name: 'Who am I', scopes: ['members:read'] },
    });
  });

  it('records when the key was last used', async () => {
    const key = await createKeyVia(owner, 'Used key', ['verify']);
    await withKey(api, '/api/v1/organisation', key);

    const where = `name = 'Used key' AND last_used_at IS NOT NULL`;
    expect(await countRows('api_keys', where)).toBe(1);
  });

  it('lists the organisation’s members with members:read', async () => {
    const key = await createKeyVia(owner, 'Members', ['members:read']);

    const res = await withKey(api, '/api/v1/members', key);

    const body = (await res.json()) as { members: Array<{ email: string }> };
    expect(res.status).toBe(200);
    expect(body.members.map((m) => m.email).sort()).toEqual(
      [org.owner, org.admin, org.recruiter, org.hiringManager].map((m) => m.email).sort(),
    );
  });

  it('refuses with 403 what the key’s scopes do not cover', async () => {
    const key = await createKeyVia(owner, 'Verify only', ['verify']);

    const res = await withKey(api, '/api/v1/members', key);

    expect(res.status).toBe(403);
    expect((await problem(res)).code).toBe('forbidden');
  });
});

describe('refused keys', () => {
  it('answers 401 with a Bearer challenge when no key is sent', async () => {
    const res = await api.get('/api/v1/organisation');

    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="proofpath"');
    expect((await problem(res)).code).toBe('unauthenticated');
  });

  it('answers 401 invalid_token for a key that does not exist', async () => {
    const res = await withKey(api, '/api/v1/organisation', `pp_${'Z'.repeat(43)}`);

    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('answers 401 for a malformed Authorization header', async () => {
    for (const header of ['Bearer', 'Bearer not-a-key', 'Basic dXNlcjpwYXNz']) {
      const res = await api.fetch('/api/v1/organisation', { headers: { authorization: header } });

      expect(res.status).toBe(401);
    }
  });

  it('stops a revoked key on the next request, everywhere', async () => {
    const key = await createKeyVia(owner, 'To revoke', ['verify', 'members:read']);
    const id = await keyIdOf(owner, key);

    const revoke = await owner.submit('/org/api-keys', `/org/api-keys/${id}/revoke`);

    expect(revoke.status).toBe(303);
    expect((await withKey(api, '/api/v1/organisation', key)).status).toBe(401);
    const verification = await withKey(api, '/api/v1/verifications', key, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(verification.status).toBe(401);
  });

  it('does not take a session cookie as API authentication', async () => {
    const res = await owner.get('/api/v1/organisation');

    expect(res.status).toBe(401);
  });
});

describe('who may manage keys', () => {
  it('refuses recruiters and hiring managers with 403', async () => {
    for (const member of [org.recruiter, org.hiringManager]) {
      const browser = await signedIn(member);

      expect((await browser.get('/org/api-keys')).status).toBe(403);
    }
  });
});
