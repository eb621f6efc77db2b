// Request errors of multipart uploads: nothing to verify, more than one thing, a field that is
// not a file, a malformed body, and files over 5 MiB. Nothing is stored.
import { describe, expect, it } from 'vitest';
import { MINIMAL_CREDENTIAL } from '../bake/generated';
import { imageBytes } from '../bake/images';
import { file, postUpload, rawMultipart } from '../bake/uploads';
import { countRows, send, VERIFICATIONS } from './support';

const MiB = 1024 * 1024;

/** Asserts an RFC 9457 answer with this status and code, and that nothing was stored. */
async function expectRefused(request: () => Promise<Response>, status: number, code: string) {
  const before = await countRows('verifications');

  const res = await request();

  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  expect(await res.json()).toMatchObject({ status, code });
  expect(await countRows('verifications')).toBe(before);
}

function postRaw(parts: string[]) {
  const { body, contentType } = rawMultipart(parts);
  return send(VERIFICATIONS, { method: 'POST', headers: { 'content-type': contentType }, body });
}

const png = () => file(imageBytes('generated/ob3-itxt.png'), 'badge.png', 'image/png');

describe('request errors of multipart uploads', () => {
  it('refuses a multipart body with no file (input_missing)', async () => {
    await expectRefused(() => postUpload({ note: 'hello' }), 400, 'input_missing');
  });

  it('refuses an empty file, as a browser sends when none was chosen (input_missing)', async () => {
    const part =
      'Content-Disposition: form-data; name="file"; filename=""\r\n' +
      'Content-Type: application/octet-stream\r\n\r\n';

    await expectRefused(() => postRaw([part]), 400, 'input_missing');
  });

  it('refuses a file together with a url (input_ambiguous)', async () => {
    const fields = { file: png(), url: 'https://badges.example.org/a.json' };

    await expectRefused(() => postUpload(fields), 400, 'input_ambiguous');
  });

  it('refuses a file together with a credential (input_ambiguous)', async () => {
    const fields = { file: png(), credential: MINIMAL_CREDENTIAL };

    await expectRefused(() => postUpload(fields), 400, 'input_ambiguous');
  });

  it('refuses two files (input_ambiguous)', async () => {
    await expectRefused(() => postUpload({ file: [png(), png()] }), 400, 'input_ambiguous');
  });

  it('refuses a `file` field sent as text, not as a file (input_invalid)', async () => {
    await expectRefused(() => postUpload({ file: MINIMAL_CREDENTIAL }), 400, 'input_invalid');
  });

  it('refuses a multipart body that does not parse (input_invalid)', async () => {
    const request = () =>
      send(VERIFICATIONS, {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=nowhere' },
        body: 'this is not multipart',
      });

    await expectRefused(request, 400, 'input_invalid');
  });
});

describe('attacks: oversized uploads', () => {
  it('refuses a file one byte over 5 MiB (413 payload_too_large)', async () => {
    const big = file(new Uint8Array(5 * MiB + 1), 'big.png', 'image/png');

    await expectRefused(() => postUpload({ file: big }), 413, 'payload_too_large');
  });

  it('refuses a multipart body far over the limit before reading it (413)', async () => {
    const huge = file(new Uint8Array(8 * MiB), 'huge.png', 'image/png');

    await expectRefused(() => postUpload({ file: huge }), 413, 'payload_too_large');
  });

  it('still refuses a JSON body over 1 MiB (413)', async () => {
    const request = () =>
      send(VERIFICATIONS, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ credential: 'x'.repeat(2 * MiB) }),
      });

    await expectRefused(request, 413, 'payload_too_large');
  });
});
