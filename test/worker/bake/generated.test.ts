// The baked badges in test/fixtures/baked/generated/ are exactly what bake.ts makes today, so
// tests elsewhere (browser uploads) can rely on what they carry.
import { describe, expect, it } from 'vitest';
import { unbake } from '../../../src/verify/bake';
import { generatedBadges, MINIMAL_CREDENTIAL } from './generated';
import { imageBytes } from './images';

describe('test/fixtures/baked/generated', () => {
  it.each(['ob3-itxt.png', 'ob3-cdata.svg', 'ob3-verify-jwt.svg'])(
    '%s matches what bake.ts makes (rerun write-generated.ts if not)',
    async (name) => {
      const expected = (await generatedBadges()).get(name);

      expect(imageBytes(`generated/${name}`)).toEqual(expected);
    },
  );

  it('ob3-itxt.png carries the DCC minimal credential', async () => {
    const baked = await unbake(imageBytes('generated/ob3-itxt.png'));

    expect(baked).toEqual({ ok: true, container: 'png', text: MINIMAL_CREDENTIAL });
  });
});
