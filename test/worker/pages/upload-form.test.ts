// The home form's upload: a file input in a multipart form, verified like a paste or a link.
import { describe, expect, it } from 'vitest';
import { MINIMAL_CREDENTIAL } from '../bake/generated';
import { imageBytes } from '../bake/images';
import { file, rawMultipart, submitUpload } from '../bake/uploads';
import { countRows, freezeClock, ORIGIN, postHomeForm, send } from '../http/support';

freezeClock();

async function reportHtml(res: Response): Promise<string> {
  expect(res.status).toBe(303);
  const location = res.headers.get('location') ?? '';
  expect(location).toMatch(/^\/verifications\/[A-Za-z0-9_-]{22}$/);

  return (await send(`${ORIGIN}${location}`)).text();
}

async function expectFormError(res: Response, status: number, words: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await res.text();
  expect(html).toContain('role="alert"');
  expect(html).toContain(words);
  return html;
}

describe('the home page’s upload field', () => {
  it('is a labelled file input named `file` in a multipart form', async () => {
    const html = await (await send(`${ORIGIN}/`)).text();

    expect(html).toContain('method="post" action="/verify" enctype="multipart/form-data"');
    expect(html).toContain('<label for="file">');
    expect(html).toMatch(
      /<input id="file" name="file" type="file"[^>]*aria-describedby="file-hint"/,
    );
  });
});

describe('uploading through the form', () => {
  it('verifies a baked PNG, stores the report and redirects 303 to a valid report', async () => {
    const before = await countRows('verifications');
    const png = file(imageBytes('generated/ob3-itxt.png'), 'badge.png', 'image/png');

    const html = await reportHtml(await submitUpload({ credential: '', url: '', file: png }));

    expect(await countRows('verifications')).toBe(before + 1);
    expect(html).toContain('<strong>Valid</strong>');
  });

  it('shows "No credential found in this image." for an unbaked image', async () => {
    const png = file(imageBytes('badgr-server/unbaked_image.png'), 'unbaked_image.png');

    const html = await reportHtml(await submitUpload({ credential: '', url: '', file: png }));

    expect(html).toContain('<strong>Not valid</strong>');
    expect(html).toContain('No credential found in this image.');
  });

  it('still verifies a pasted credential sent as multipart, with an empty file part', async () => {
    const { body, contentType } = rawMultipart([
      `Content-Disposition: form-data; name="credential"\r\n\r\n${MINIMAL_CREDENTIAL}`,
      'Content-Disposition: form-data; name="url"\r\n\r\n',
      'Content-Disposition: form-data; name="file"; filename=""\r\n' +
        'Content-Type: application/octet-stream\r\n\r\n',
    ]);
    const res = await postHomeForm(body, contentType);

    expect(await reportHtml(res)).toContain('<strong>Valid</strong>');
  });

  it('refuses an empty form sent as multipart with a readable message (400)', async () => {
    const empty = file(new Uint8Array(), '');

    await expectFormError(
      await submitUpload({ credential: '', url: '', file: empty }),
      400,
      'There was nothing to verify',
    );
  });

  it('refuses a file and a pasted credential together, keeping what was typed (400)', async () => {
    const png = file(imageBytes('generated/ob3-itxt.png'), 'badge.png');

    const res = await submitUpload({ credential: '{"typed": true}', url: '', file: png });

    const html = await expectFormError(res, 400, 'one thing to verify');
    expect(html).toContain('{&quot;typed&quot;: true}');
  });

  it('refuses a file over 5 MiB (413)', async () => {
    const big = file(new Uint8Array(5 * 1024 * 1024 + 1), 'big.png', 'image/png');
    const before = await countRows('verifications');

    await expectFormError(await submitUpload({ file: big }), 413, '5 MiB');
    expect(await countRows('verifications')).toBe(before);
  });
});
