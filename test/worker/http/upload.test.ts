// POST /api/v1/verifications with multipart/form-data: an uploaded `file` (a baked PNG or SVG,
// or a JSON or JWT file) is judged by its content, verified and stored like any other input.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MINIMAL_CREDENTIAL } from '../bake/generated';
import { imageBytes } from '../bake/images';
import { file, postUpload } from '../bake/uploads';
import { countRows, freezeClock, startMockWeb } from './support';

startMockWeb();
freezeClock();

interface Created {
  id: string;
  verdict: string;
  source?: { kind: string };
  format: { securing: string | null };
  checks: Array<{ id: string; status: string; code: string; message: string }>;
}

async function created(res: Response): Promise<Created> {
  expect(res.status).toBe(201);
  return (await res.json()) as Created;
}

describe('uploading a file to POST /api/v1/verifications', () => {
  it('verifies an Open Badges 3.0 PNG and reports where the credential came from', async () => {
    const png = file(imageBytes('generated/ob3-itxt.png'), 'badge.png', 'image/png');

    const body = await created(await postUpload({ file: png }));

    expect(body.verdict).toBe('valid');
    expect(body.source).toEqual({ kind: 'png' });
  });

  it('verifies an SVG whose verify attribute holds a VC-JWT', async () => {
    const svg = file(imageBytes('generated/ob3-verify-jwt.svg'), 'badge.svg', 'image/svg+xml');

    const body = await created(await postUpload({ file: svg }));

    expect(body.verdict).toBe('valid');
    expect(body.format.securing).toBe('vc-jwt');
    expect(body.source).toEqual({ kind: 'svg' });
  });

  it('reads a JSON file as JSON, whatever its name and type say', async () => {
    const json = file(MINIMAL_CREDENTIAL, 'badge.png', 'image/png');

    const body = await created(await postUpload({ file: json }));

    expect(body.verdict).toBe('valid');
    expect(body.source).toEqual({ kind: 'file' });
  });

  it('reads badgr’s bad_image.png (JSON bytes) as JSON, by content', async () => {
    const bytes = imageBytes('badgr-server/bad_image.png');

    const body = await created(await postUpload({ file: file(bytes, 'bad_image.png') }));

    expect(body.source).toEqual({ kind: 'file' });
    expect(body.checks.map((check) => check.code)).not.toContain('no_credential_in_image');
  });

  it('answers 201 with verdict invalid and "No credential found" for an unbaked image', async () => {
    const png = file(imageBytes('badgr-server/unbaked_image.png'), 'unbaked_image.png');

    const body = await created(await postUpload({ file: png }));

    expect(body.verdict).toBe('invalid');
    expect(body.checks).toEqual([
      expect.objectContaining({
        id: 'input',
        status: 'failed',
        code: 'no_credential_in_image',
        message: 'No credential found in this image.',
      }),
    ]);
  });

  it('stores the report, and not the uploaded credential', async () => {
    const before = await countRows('verifications');
    const png = file(imageBytes('generated/ob3-itxt.png'), 'badge.png');

    const body = await created(await postUpload({ file: png }));

    expect(await countRows('verifications')).toBe(before + 1);
    const row = await env.DB.prepare('SELECT * FROM verifications WHERE id = ?')
      .bind(body.id)
      .first<Record<string, unknown>>();
    const proofValue = JSON.parse(MINIMAL_CREDENTIAL).proof.proofValue as string;
    expect(JSON.stringify(row)).not.toContain(proofValue);
  });

  it('also accepts `credential` as a text field of a multipart body', async () => {
    const body = await created(await postUpload({ credential: MINIMAL_CREDENTIAL }));

    expect(body.verdict).toBe('valid');
    expect(body.source).toBeUndefined();
  });
});
