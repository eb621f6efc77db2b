// Unbaking PNGs: the credential text chunks Open Badges 2.0 and 3.0 bakers write, and images
// that carry none.
import { describe, expect, it } from 'vitest';
import { imageContainer, unbake } from '../../../src/verify/bake';
import { bakePng, insertAfterHeader, plainPng, pngChunk, textChunkData } from './bake';
import { imageBytes } from './images';

const CREDENTIAL = '{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["X"]}';
const NO_CREDENTIAL = {
  ok: false,
  code: 'no_credential_in_image',
  message: 'No credential found in this image.',
};

describe('imageContainer', () => {
  it('knows a PNG by its signature', () => {
    expect(imageContainer(plainPng())).toBe('png');
  });

  it('does not take JSON bytes named .png for an image', () => {
    expect(imageContainer(imageBytes('badgr-server/bad_image.png'))).toBeNull();
  });
});

describe('unbake: PNG', () => {
  it('reads the OB 2.0 iTXt `openbadges` chunk of the 1EdTech validator’s simple-badge.png', async () => {
    const baked = await unbake(imageBytes('1edtech-validator/simple-badge.png'));

    expect(baked).toMatchObject({ ok: true, container: 'png' });
    const assertion = JSON.parse(baked.ok ? baked.text : '{}');
    expect(assertion).toMatchObject({
      type: 'Assertion',
      id: 'https://example.org/beths-robotics-badge.json',
    });
  });

  it('reads the OB 1.0 assertion of badgr’s baked_image.png', async () => {
    const baked = await unbake(imageBytes('badgr-server/baked_image.png'));

    expect(baked).toMatchObject({ ok: true, container: 'png' });
    expect(JSON.parse(baked.ok ? baked.text : '{}')).toMatchObject({ uid: '123abc' });
  });

  it('reads an OB 3.0 iTXt `openbadgecredential` chunk', async () => {
    const baked = await unbake(await bakePng('openbadgecredential', CREDENTIAL));

    expect(baked).toEqual({ ok: true, container: 'png', text: CREDENTIAL });
  });

  it('inflates a compressed iTXt chunk', async () => {
    const png = await bakePng('openbadgecredential', CREDENTIAL, { compressed: true });

    expect(await unbake(png)).toEqual({ ok: true, container: 'png', text: CREDENTIAL });
  });

  it('reads a legacy tEXt `openbadges` chunk', async () => {
    const png = await bakePng('openbadges', 'https://badges.example.org/a/1', { type: 'tEXt' });

    expect(await unbake(png)).toMatchObject({ ok: true, text: 'https://badges.example.org/a/1' });
  });

  it('inflates a legacy zTXt `openbadges` chunk', async () => {
    const png = await bakePng('openbadges', CREDENTIAL, { type: 'zTXt' });

    expect(await unbake(png)).toMatchObject({ ok: true, text: CREDENTIAL });
  });

  it('ignores text chunks under other keywords', async () => {
    const png = await bakePng('Description', CREDENTIAL);

    expect(await unbake(png)).toEqual(NO_CREDENTIAL);
  });

  it('finds no credential in badgr’s unbaked_image.png', async () => {
    expect(await unbake(imageBytes('badgr-server/unbaked_image.png'))).toEqual(NO_CREDENTIAL);
  });

  it('finds no credential in a plain PNG', async () => {
    expect(await unbake(plainPng())).toEqual(NO_CREDENTIAL);
  });

  it('refuses an image with two credential chunks (image_ambiguous)', async () => {
    const first = pngChunk('iTXt', await textChunkData('openbadgecredential', CREDENTIAL));
    const second = pngChunk('iTXt', await textChunkData('openbadges', CREDENTIAL));

    const baked = await unbake(insertAfterHeader(plainPng(), first, second));

    expect(baked).toMatchObject({ ok: false, code: 'image_ambiguous' });
  });

  it('refuses an iTXt chunk cut short before its text (png_malformed)', async () => {
    const chunk = pngChunk('iTXt', new TextEncoder().encode('openbadgecredential\0\0\0'));

    const baked = await unbake(insertAfterHeader(plainPng(), chunk));

    expect(baked).toMatchObject({ ok: false, code: 'png_malformed' });
  });
});
