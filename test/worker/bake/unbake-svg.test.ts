// Unbaking SVGs: `<openbadges:assertion>` (2.0) and `<openbadges:credential>` (3.0), by their
// `verify` attribute or their body, and images that carry none.
import { describe, expect, it } from 'vitest';
import { imageContainer, unbake } from '../../../src/verify/bake';
import { bakeSvg } from './bake';
import { imageBytes } from './images';

const CREDENTIAL = '{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["X"]}';
const JWT = 'eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6ZXhhbXBsZTppIn0.c2lnbmF0dXJl';

const svg = (text: string) => new TextEncoder().encode(text);

describe('imageContainer', () => {
  it('knows an SVG by its root element, after an XML declaration and comments', () => {
    const bytes = imageBytes('badgr-server/hacked-svg-with-embedded-script-tags.svg');

    expect(imageContainer(bytes)).toBe('svg');
  });

  it('does not take JSON for an SVG', () => {
    expect(imageContainer(svg(CREDENTIAL))).toBeNull();
  });
});

describe('unbake: SVG', () => {
  it('reads the JSON body (CDATA) of <openbadges:credential>', async () => {
    const baked = await unbake(svg(bakeSvg({ body: CREDENTIAL })));

    expect(baked).toEqual({ ok: true, container: 'svg', text: CREDENTIAL });
  });

  it('reads a JWT from the verify attribute of <openbadges:credential>', async () => {
    expect(await unbake(svg(bakeSvg({ verify: JWT })))).toMatchObject({ ok: true, text: JWT });
  });

  it('reads the hosted URL of <openbadges:assertion verify>', async () => {
    const url = 'https://badges.example.org/assertions/1';
    const baked = await unbake(svg(bakeSvg({ element: 'assertion', verify: url, body: '{}' })));

    expect(baked).toMatchObject({ ok: true, text: url });
  });

  it('reads a plain text body, with its XML escapes undone', async () => {
    const text = bakeSvg({ element: 'assertion' }).replace(
      '></openbadges:assertion>',
      '>{"name":"A &amp; B"}</openbadges:assertion>',
    );

    expect(await unbake(svg(text))).toMatchObject({ ok: true, text: '{"name":"A & B"}' });
  });

  it('finds the element by namespace, whatever its prefix', async () => {
    const text = `<svg xmlns="http://www.w3.org/2000/svg"><ob:credential xmlns:ob="http://openbadges.org"><![CDATA[${CREDENTIAL}]]></ob:credential></svg>`;

    expect(await unbake(svg(text))).toMatchObject({ ok: true, text: CREDENTIAL });
  });

  it('ignores an `assertion` element of another namespace', async () => {
    const text = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="https://example.org/x"><x:assertion verify="${JWT}"/></svg>`;

    expect(await unbake(svg(text))).toMatchObject({ ok: false, code: 'no_credential_in_image' });
  });

  it('accepts the SVG 1.1 public DOCTYPE, which names a DTD it never loads', async () => {
    const doctype =
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" ' +
      '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">';
    const text = bakeSvg({ body: CREDENTIAL }).replace('?>\n', `?>\n${doctype}\n`);
    expect(text).toContain(doctype);

    expect(await unbake(svg(text))).toMatchObject({ ok: true, text: CREDENTIAL });
  });

  it('finds no credential in badgr’s test_badgeclass.svg', async () => {
    const baked = await unbake(imageBytes('badgr-server/test_badgeclass.svg'));

    expect(baked).toEqual({
      ok: false,
      code: 'no_credential_in_image',
      message: 'No credential found in this image.',
    });
  });

  it('finds no credential in an empty credential element', async () => {
    const baked = await unbake(svg(bakeSvg({ body: '  ' })));

    expect(baked).toMatchObject({ ok: false, code: 'no_credential_in_image' });
  });

  it('refuses an image with both an assertion and a credential (image_ambiguous)', async () => {
    const before = `<openbadges:assertion verify="${JWT}"/>`;
    const baked = await unbake(svg(bakeSvg({ body: CREDENTIAL, before })));

    expect(baked).toMatchObject({ ok: false, code: 'image_ambiguous' });
  });

  it('refuses XML that is not well-formed (svg_malformed)', async () => {
    const baked = await unbake(svg('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>'));

    expect(baked).toMatchObject({ ok: false, code: 'svg_malformed' });
  });

  it('refuses XML whose root is not <svg> (image_unsupported)', async () => {
    const baked = await unbake(svg('<?xml version="1.0"?><html><svg/></html>'));

    expect(baked).toMatchObject({ ok: false, code: 'image_unsupported' });
  });
});
