// The report page of an uploaded image never inlines SVG or HTML from the image or from the
// credential inside it: everything it shows is escaped text.
import { describe, expect, it } from 'vitest';
import { bakeSvg } from '../bake/bake';
import { MINIMAL_CREDENTIAL } from '../bake/generated';
import { imageBytes } from '../bake/images';
import { file, submitUpload } from '../bake/uploads';
import { freezeClock, ORIGIN, send } from '../http/support';

freezeClock();

async function uploadAndShow(bytes: Uint8Array | string, name: string): Promise<string> {
  const res = await submitUpload({ file: file(bytes, name, 'image/svg+xml') });
  expect(res.status).toBe(303);

  const page = await send(`${ORIGIN}${res.headers.get('location') ?? ''}`);
  expect(page.status).toBe(200);
  return page.text();
}

/** Live markup that only the image or the credential could have brought onto the page. */
const FOREIGN_MARKUP = /<(svg|script|foreignObject|handler|set)\b|<[^>]*\son\w+=|javascript:/i;

describe('attacks: markup in uploaded images', () => {
  it('shows no markup of badgr’s SVG full of <script> tags', async () => {
    const bytes = imageBytes('badgr-server/hacked-svg-with-embedded-script-tags.svg');

    const html = await uploadAndShow(bytes, 'hacked.svg');

    expect(html).toContain('No credential found in this image.');
    expect(html).not.toMatch(FOREIGN_MARKUP);
    expect(html).not.toContain('alert');
  });

  it('verifies a credential SVG that also carries a script, without showing the script', async () => {
    const before = '<script>alert("baked")</script><g onload="alert(1)"/>';
    const svg = bakeSvg({ body: MINIMAL_CREDENTIAL, before });

    const html = await uploadAndShow(svg, 'badge.svg');

    expect(html).toContain('<strong>Valid</strong>');
    expect(html).not.toMatch(FOREIGN_MARKUP);
    expect(html).not.toContain('alert');
  });

  it('escapes markup inside the credential’s own fields', async () => {
    const credential = {
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'https://issuer.example/', type: ['Profile'], name: '<svg onload=alert(1)>' },
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        achievement: {
          id: 'https://issuer.example/a',
          type: ['Achievement'],
          name: '<script>alert(2)</script>',
          criteria: { narrative: 'x' },
          description: 'x',
        },
      },
    };

    const html = await uploadAndShow(bakeSvg({ body: JSON.stringify(credential) }), 'badge.svg');

    expect(html).toContain('&lt;svg onload=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).not.toMatch(FOREIGN_MARKUP);
  });
});
