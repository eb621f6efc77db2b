import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { countRows, freezeClock, NOW, postJson, startMockWeb } from './support';

const server = startMockWeb();
freezeClock();

const CREDENTIAL = { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['X'] };
const OTHER = { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['Y'] };
const DAY = 86_400_000;

const freshKey = () => `key-${crypto.randomUUID()}`;

describe('Idempotency-Key on POST /api/v1/verifications', () => {
  it('replays the first response for the same key and body, without verifying again', async () => {
    const key = freshKey();
    const first = await postJson({ credential: CREDENTIAL }, { 'idempotency-key': key });
    const firstBody = (await first.json()) as { id: string };
    const rows = await countRows('verifications');

    const again = await postJson({ credential: CREDENTIAL }, { 'idempotency-key': key });

    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(firstBody);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await countRows('verifications')).toBe(rows);
  });

  it('does not run the verification again on a replay', async () => {
    const url = 'https://badges.example.org/credentials/replayed.json';
    let fetched = 0;
    server.use(
      http.get(url, () => {
        fetched += 1;
        return HttpResponse.json(CREDENTIAL, { headers: { 'cache-control': 'no-store' } });
      }),
    );
    const key = freshKey();

    await postJson({ url }, { 'idempotency-key': key });
    await postJson({ url }, { 'idempotency-key': key });

    expect(fetched).toBe(1);
  });

  it('refuses the same key with a different body (422 idempotency_conflict)', async () => {
    const key = freshKey();
    await postJson({ credential: CREDENTIAL }, { 'idempotency-key': key });
    const rows = await countRows('verifications');

    const res = await postJson({ credential: OTHER }, { 'idempotency-key': key });

    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'idempotency_conflict', status: 422 });
    expect(await countRows('verifications')).toBe(rows);
  });

  it('treats the same JSON with other bytes as a different body', async () => {
    const key = freshKey();
    await postJson(JSON.stringify({ credential: CREDENTIAL }), { 'idempotency-key': key });

    const res = await postJson(JSON.stringify({ credential: CREDENTIAL }, null, 2), {
      'idempotency-key': key,
    });

    expect(res.status).toBe(422);
  });

  it('stores one key row with the report', async () => {
    const before = await countRows('idempotency_keys');

    await postJson({ credential: CREDENTIAL }, { 'idempotency-key': freshKey() });

    expect(await countRows('idempotency_keys')).toBe(before + 1);
  });

  it('verifies afresh once the key has expired with its report', async () => {
    const key = freshKey();
    const first = (await (
      await postJson({ credential: CREDENTIAL }, { 'idempotency-key': key })
    ).json()) as { id: string };

    vi.setSystemTime(new Date(NOW.getTime() + 31 * DAY));
    const later = await postJson({ credential: OTHER }, { 'idempotency-key': key });

    expect(later.status).toBe(201);
    expect(((await later.json()) as { id: string }).id).not.toBe(first.id);
  });

  it('does not replay a response when no key is sent', async () => {
    const first = (await (await postJson({ credential: CREDENTIAL })).json()) as { id: string };
    const second = (await (await postJson({ credential: CREDENTIAL })).json()) as { id: string };

    expect(second.id).not.toBe(first.id);
  });
});

describe('attacks: concurrent requests with one key', () => {
  it('stores one report and answers both with it', async () => {
    const key = freshKey();
    const before = await countRows('verifications');

    const answers = await Promise.all([
      postJson({ credential: CREDENTIAL }, { 'idempotency-key': key }),
      postJson({ credential: CREDENTIAL }, { 'idempotency-key': key }),
    ]);

    expect(answers.map((res) => res.status)).toEqual([201, 201]);
    const ids = await Promise.all(
      answers.map(async (res) => ((await res.json()) as { id: string }).id),
    );
    expect(ids[0]).toBe(ids[1]);
    expect(await countRows('verifications')).toBe(before + 1);
  });
});
