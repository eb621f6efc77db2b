import { describe, expect, it } from 'vitest';
import { matchPlatform, PLATFORMS } from '../../../src/verify/discover/platforms';

const UUID = '5e02ea9f-cf2e-4847-a88b-f2498834a156';

describe('matchPlatform', () => {
  it.each([
    [`https://www.credly.com/badges/${UUID}`],
    [`https://www.credly.com/badges/${UUID}/public_url`],
    [`https://credly.com/badges/${UUID.toUpperCase()}/linked_in_profile?trk=x`],
    [`https://www.youracclaim.com/badges/${UUID}`],
  ])('maps the Credly page %s to its Open Badges 2.0 assertion', (page) => {
    const match = matchPlatform(page);

    expect(match?.platform.name).toBe('Credly');
    expect(match?.credentialUrl.toLowerCase()).toBe(
      `https://api.credly.com/v1/obi/v2/badge_assertions/${UUID}`,
    );
  });

  it.each([
    ['https://badgr.com/public/assertions/i9Cir-fw_JT?identity__email=a%40b.c', 'api.badgr.io'],
    ['https://eu.badgr.com/public/assertions/i9Cir-fw_JT', 'api.eu.badgr.io'],
    ['https://ca.badgr.com/public/assertions/i9Cir-fw_JT', 'api.ca.badgr.io'],
    ['https://au.badgr.com/public/assertions/i9Cir-fw_JT/', 'api.au.badgr.io'],
    ['https://api.badgr.io/public/assertions/i9Cir-fw_JT', 'api.badgr.io'],
    ['https://api.sg.badgr.io/public/assertions/i9Cir-fw_JT', 'api.sg.badgr.io'],
  ])('maps the Badgr page %s to its API host %s', (page, apiHost) => {
    const match = matchPlatform(page);

    expect(match?.platform.name).toBe('Canvas Credentials (Badgr)');
    expect(match?.credentialUrl).toBe(
      `https://${apiHost}/public/assertions/i9Cir-fw_JT.json?v=2_0`,
    );
  });

  it('says the Badgr API host answers JSON to a request for JSON', () => {
    expect(matchPlatform('https://api.badgr.io/public/assertions/abc')?.platform.negotiates).toBe(
      true,
    );
    expect(matchPlatform('https://badgr.com/public/assertions/abc')?.platform.negotiates).toBe(
      undefined,
    );
  });

  it.each([
    ['https://www.credly.com/users/jane/badges'],
    [`https://www.credly.com/badges/${UUID}.json`],
    ['https://www.credly.com/badges/not-a-uuid'],
    [`https://credly.com.evil.example/badges/${UUID}`],
    [`https://evil.example/badges/${UUID}`],
    ['https://api.badgr.io/public/assertions/abc/image'],
    ['https://api.badgr.io/public/assertions/abc.json'],
    ['https://badgr.com/public/badges/abc'],
    ['https://www.credential.net/1b158799-77b9-4257-9ef3-43750f6af0df'],
    ['https://openbadgefactory.com/v1/assertion/1ad0ca0b37b55d3def2a09fc01d2167bac8e28dd.html'],
    ['https://openbadgepassport.com/app/badge/info/123456'],
    ['not a url'],
  ])('does not match %s', (page) => {
    expect(matchPlatform(page)).toBeNull();
  });

  it('gives every platform a basis that cites its source', () => {
    for (const platform of PLATFORMS) {
      expect(platform.basis).toMatch(/(Documented|Observed)/);
      expect(platform.basis).toMatch(/https:\/\/|\.py|\.md|issue #/);
    }
  });
});
