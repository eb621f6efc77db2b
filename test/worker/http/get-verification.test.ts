import { describe, expect, it, vi } from 'vitest';
import { freezeClock, NOW, postJson, send, VERIFICATIONS } from './support';

freezeClock();

const CREDENTIAL = { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['X'] };
const DAY = 86_400_000;

async function createOne() {
  const res = await postJson({ credential: CREDENTIAL });
  return (await res.json()) as Record<string, unknown> & { id: string };
}

async function expectNotFound(res: Response) {
  expect(res.status).toBe(404);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(await res.json()).toMatchObject({ code: 'not_found', status: 404 });
}

describe('GET /api/v1/verifications/{id}', () => {
  it('answers 200 with the stored report, id and permalink', async () => {
    const created = await createOne();

    const res = await send(`${VERIFICATIONS}/${created.id}`);

    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(created);
  });

  it('asks caches not to keep the report', async () => {
    const created = await createOne();

    const res = await send(`${VERIFICATIONS}/${created.id}`);

    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 404 for an unknown id', async () => {
    await expectNotFound(await send(`${VERIFICATIONS}/AAAAAAAAAAAAAAAAAAAAAA`));
  });

  it('answers 404 once the report has expired', async () => {
    const created = await createOne();

    vi.setSystemTime(new Date(NOW.getTime() + 30 * DAY));

    await expectNotFound(await send(`${VERIFICATIONS}/${created.id}`));
  });

  it('still answers the day before the report expires', async () => {
    const created = await createOne();

    vi.setSystemTime(new Date(NOW.getTime() + 29 * DAY));

    expect((await send(`${VERIFICATIONS}/${created.id}`)).status).toBe(200);
  });
});

describe('attacks: probing for reports', () => {
  it('answers a malformed id with the same 404 as an unknown one', async () => {
    const unknown = await send(`${VERIFICATIONS}/AAAAAAAAAAAAAAAAAAAAAA`);
    const malformed = await send(`${VERIFICATIONS}/1%27%20OR%201%3D1`);

    expect(malformed.status).toBe(404);
    const strip = ({ requestId: _, ...rest }: Record<string, unknown>) => rest;
    expect(strip(await malformed.json())).toEqual(strip(await unknown.json()));
  });

  it('offers no listing of reports (405 with Allow: POST)', async () => {
    const res = await send(VERIFICATIONS);

    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(await res.json()).toMatchObject({ code: 'method_not_allowed' });
  });

  it('refuses other methods on a report (405 problem)', async () => {
    const created = await createOne();

    const res = await send(`${VERIFICATIONS}/${created.id}`, { method: 'DELETE' });

    expect(res.status).toBe(405);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers unknown API paths with a 404 problem', async () => {
    await expectNotFound(await send('https://proofpath.test/api/v1/nothing-here'));
  });
});
