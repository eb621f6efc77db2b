import { env } from 'cloudflare:workers';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import signedDataInt from '../../fixtures/vc-di/w3c-vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json';
import {
  countRows,
  freezeClock,
  NOW,
  ORIGIN,
  postJson,
  send,
  startMockWeb,
  VERDICTS,
  VERIFICATIONS,
} from './support';

const server = startMockWeb();
freezeClock();

// A compact JWT with a made-up signature: well-formed, so the engine gets to look at it.
const JWT = [
  { alg: 'EdDSA', typ: 'vc+jwt' },
  { iss: 'did:example:issuer', vc: { type: ['VerifiableCredential'] } },
]
  .map((part) => btoa(JSON.stringify(part)).replace(/=+$/, ''))
  .concat('c2lnbmF0dXJl')
  .join('.')
  .replaceAll('+', '-')
  .replaceAll('/', '_');

async function created(res: Response) {
  expect(res.status).toBe(201);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return (await res.json()) as Record<string, unknown> & { id: string; verdict: string };
}

describe('POST /api/v1/verifications', () => {
  it('verifies a JSON credential and answers 201 with id, permalink and the report', async () => {
    const body = await created(await postJson({ credential: signedDataInt }));

    expect(body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(body.permalink).toBe(`${ORIGIN}/verifications/${body.id}`);
    expect(VERDICTS).toContain(body.verdict);
    expect(body).toHaveProperty('authentic');
    expect(body).toHaveProperty('format');
    expect(body).toHaveProperty('subject');
    expect(Array.isArray(body.checks)).toBe(true);
    expect(body.verifiedAt).toBe(NOW.toISOString());
  });

  it('points Location at the API resource of the new report', async () => {
    const res = await postJson({ credential: signedDataInt });
    const body = await created(res);

    expect(res.headers.get('location')).toBe(`${VERIFICATIONS}/${body.id}`);
  });

  it('keeps the report for REPORT_TTL_DAYS days', async () => {
    const body = await created(await postJson({ credential: signedDataInt }));

    const days = Number(env.REPORT_TTL_DAYS);
    expect(body.expiresAt).toBe(new Date(NOW.getTime() + days * 86_400_000).toISOString());
  });

  it('stores the report, and not the credential', async () => {
    const before = await countRows('verifications');
    const body = await created(await postJson({ credential: signedDataInt }));

    expect(await countRows('verifications')).toBe(before + 1);
    const row = await env.DB.prepare('SELECT * FROM verifications WHERE id = ?')
      .bind(body.id)
      .first<Record<string, unknown>>();
    expect(Object.keys(row ?? {}).sort()).toEqual([
      'created_at',
      'expires_at',
      'id',
      'report',
      'verdict',
    ]);
    expect(JSON.stringify(row)).not.toContain(signedDataInt.proof.proofValue);
  });

  it('accepts a credential given as a string holding JSON', async () => {
    const body = await created(await postJson({ credential: JSON.stringify(signedDataInt) }));

    expect(VERDICTS).toContain(body.verdict);
  });

  it('accepts a raw compact JWT as application/jwt', async () => {
    const res = await send(VERIFICATIONS, {
      method: 'POST',
      headers: { 'content-type': 'application/jwt' },
      body: JWT,
    });
    const body = await created(res);

    expect(VERDICTS).toContain(body.verdict);
    expect(Array.isArray(body.checks)).toBe(true);
  });

  it('fetches a credential from a url through the guard', async () => {
    const url = 'https://badges.example.org/credentials/alumni.json';
    let fetched = 0;
    server.use(
      http.get(url, () => {
        fetched += 1;
        return HttpResponse.json(signedDataInt);
      }),
    );

    const body = await created(await postJson({ url }));

    expect(fetched).toBe(1);
    expect(VERDICTS).toContain(body.verdict);
    expect(body.subject).toMatchObject({ credentialId: signedDataInt.id });
  });

  it('answers 201 with verdict invalid for JSON that is not a credential', async () => {
    const body = await created(await postJson({ credential: { hello: 'world', n: [1, 2] } }));

    expect(body.verdict).toBe('invalid');
  });

  it('answers 201 when the credential url does not answer, failure in the report', async () => {
    const url = 'https://badges.example.org/credentials/gone.json';
    server.use(http.get(url, () => new HttpResponse(null, { status: 404 })));

    const body = await created(await postJson({ url }));

    expect(body.verdict).not.toBe('valid');
  });

  it('gives each report its own id', async () => {
    const first = await created(await postJson({ credential: signedDataInt }));
    const second = await created(await postJson({ credential: signedDataInt }));

    expect(first.id).not.toBe(second.id);
  });
});
