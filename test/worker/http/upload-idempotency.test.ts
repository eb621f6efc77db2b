// Idempotency-Key with multipart uploads: a retry is "the same request" when it uploads the same
// file, even though every multipart body has its own boundary.
import { describe, expect, it } from 'vitest';
import { imageBytes } from '../bake/images';
import { file, postUpload } from '../bake/uploads';
import { countRows, freezeClock, startMockWeb } from './support';

startMockWeb();
freezeClock();

const freshKey = () => `key-${crypto.randomUUID()}`;
const upload = (path: string) => ({ file: file(imageBytes(path), 'badge', 'image/png') });

describe('Idempotency-Key on uploads', () => {
  it('replays the first response for the same key and the same file', async () => {
    const key = freshKey();
    const first = await postUpload(upload('generated/ob3-itxt.png'), { 'idempotency-key': key });
    const firstBody = await first.json();
    const rows = await countRows('verifications');

    const again = await postUpload(upload('generated/ob3-itxt.png'), { 'idempotency-key': key });

    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(firstBody);
    expect(await countRows('verifications')).toBe(rows);
  });

  it('refuses the same key with another file (422 idempotency_conflict)', async () => {
    const key = freshKey();
    await postUpload(upload('generated/ob3-itxt.png'), { 'idempotency-key': key });

    const other = await postUpload(upload('generated/ob3-cdata.svg'), { 'idempotency-key': key });

    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ code: 'idempotency_conflict' });
  });
});
