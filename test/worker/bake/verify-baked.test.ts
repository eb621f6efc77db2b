// Baked badges through the whole engine, as an upload (`{ kind: 'file', bytes }`): the report
// says where the credential came from, and an image with nothing baked in is not valid.
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { startMockWeb } from '../http/support';
import { verify } from '../support/engine';
import { bakePng } from './bake';
import { MINIMAL_CREDENTIAL } from './generated';
import { imageBytes } from './images';

const server = startMockWeb();

/** Every code `unbake` answers with when it takes no credential out of an image. */
const UNBAKE_FAILURES = [
  'no_credential_in_image',
  'image_ambiguous',
  'image_unsupported',
  'input_too_large',
  'png_malformed',
  'png_crc_mismatch',
  'svg_malformed',
  'svg_dtd_refused',
  'svg_too_deep',
];

function codes(report: Awaited<ReturnType<typeof verify>>): string[] {
  return report.checks.map((check) => check.code);
}

/** Documents an Open Badges 2.0 or 1.0 verifier may ask for; none is served. */
function serveNothing() {
  server.use(http.all('*', () => new HttpResponse(null, { status: 404 })));
}

describe('verifying baked Open Badges 3.0 images', () => {
  it('finds a valid signed credential in a PNG iTXt `openbadgecredential` chunk', async () => {
    const bytes = imageBytes('generated/ob3-itxt.png');

    const report = await verify({ kind: 'file', bytes });

    expect(report.verdict).toBe('valid');
    expect(report.source).toEqual({ kind: 'png' });
  });

  it('finds the same credential in a compressed iTXt chunk', async () => {
    const png = await bakePng('openbadgecredential', MINIMAL_CREDENTIAL, { compressed: true });

    const report = await verify({ kind: 'file', bytes: png });

    expect(report.verdict).toBe('valid');
    expect(report.source).toEqual({ kind: 'png' });
  });

  it('finds a valid signed credential in the CDATA body of an SVG', async () => {
    const report = await verify({ kind: 'file', bytes: imageBytes('generated/ob3-cdata.svg') });

    expect(report.verdict).toBe('valid');
    expect(report.source).toEqual({ kind: 'svg' });
  });

  it('finds a valid VC-JWT in the verify attribute of an SVG', async () => {
    const bytes = imageBytes('generated/ob3-verify-jwt.svg');

    const report = await verify({ kind: 'file', bytes });

    expect(report.verdict).toBe('valid');
    expect(report.format.securing).toBe('vc-jwt');
    expect(report.source).toEqual({ kind: 'svg' });
  });
});

describe('verifying older baked images', () => {
  // Their verdict belongs to the Open Badges 2.0 verifier; here only the unbaking is judged.
  it('finds the OB 2.0 assertion baked in simple-badge.png', async () => {
    serveNothing();

    const report = await verify({
      kind: 'file',
      bytes: imageBytes('1edtech-validator/simple-badge.png'),
    });

    expect(report.source).toEqual({ kind: 'png' });
    expect(codes(report).filter((code) => UNBAKE_FAILURES.includes(code))).toEqual([]);
  });

  it('finds the OB 1.0 assertion baked in badgr’s baked_image.png', async () => {
    serveNothing();

    const report = await verify({
      kind: 'file',
      bytes: imageBytes('badgr-server/baked_image.png'),
    });

    expect(report.source).toEqual({ kind: 'png' });
    expect(codes(report).filter((code) => UNBAKE_FAILURES.includes(code))).toEqual([]);
  });
});

describe('verifying images with nothing baked in', () => {
  it.each([
    ['badgr’s unbaked_image.png', 'badgr-server/unbaked_image.png', 'png'],
    ['badgr’s test_badgeclass.svg', 'badgr-server/test_badgeclass.svg', 'svg'],
  ])('says no credential was found in %s (invalid)', async (_name, path, kind) => {
    const report = await verify({ kind: 'file', bytes: imageBytes(path) });

    expect(report.verdict).toBe('invalid');
    expect(report.source).toEqual({ kind });
    expect(report.checks).toEqual([
      {
        id: 'input',
        status: 'failed',
        code: 'no_credential_in_image',
        message: 'No credential found in this image.',
        required: true,
      },
    ]);
  });
});

describe('verifying a file that only looks like an image', () => {
  it('reads badgr’s bad_image.png (JSON bytes) as JSON, by its content', async () => {
    const report = await verify({ kind: 'file', bytes: imageBytes('badgr-server/bad_image.png') });

    expect(report.source).toEqual({ kind: 'file' });
    expect(report.verdict).toBe('invalid');
    expect(codes(report)).toContain('not_a_credential');
    expect(codes(report)).not.toContain('no_credential_in_image');
  });
});
