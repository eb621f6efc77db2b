// Verifying a badge through the API records its own alignments as badge-to-competency mappings,
// but only when the badge proved authentic: a forged badge teaches the portal nothing.
import { env, exports } from 'cloudflare:workers';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureJson } from '../support/fixtures';
import { signCredential, type TestKeyPair } from '../support/sign';
import { importTexts } from './csv-helpers';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const key = fixtureJson<TestKeyPair>('vc-di/w3c-vc-di-eddsa/keyPair.json');
const example = fixtureJson('ob3/1edtech-spec-examples/achievementAlignmentCase.unsigned.json');
const subject = example.credentialSubject as {
  achievement: { alignment: Array<Record<string, string>> };
};
const alignment = subject.achievement.alignment[0] as Record<string, string>;

/** A one-item CASE package holding the CFItem the example's alignment points at. */
function casePackage(): string {
  const at = '2024-01-01T00:00:00Z';
  return JSON.stringify({
    CFDocument: {
      identifier: 'c0a80101-0000-4000-8000-000000000002',
      uri: 'https://case.example.org/uri/c0a80101-0000-4000-8000-000000000002',
      creator: 'Alabama State Department of Education',
      title: alignment.targetFramework,
      lastChangeDateTime: at,
    },
    CFItems: [
      {
        identifier: alignment.targetCode,
        uri: alignment.targetUrl,
        fullStatement: alignment.targetName,
        lastChangeDateTime: at,
      },
    ],
  });
}

/** The 1EdTech aligned badge, issued by the W3C test key's did:key and signed. */
function signedBadge() {
  const issuer = {
    id: `did:key:${key.publicKeyMultibase}`,
    type: ['Profile'],
    name: 'Example University',
  };
  return signCredential({ ...example, issuer }, key);
}

async function post(credential: unknown) {
  const res = await exports.default.fetch('http://portal.test/api/v1/verifications', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ credential }),
  });
  expect(res.status).toBe(201);
  return res.json<{ verdict: string; subject: { achievements?: unknown[] } }>();
}

async function mappingsOf(achievementId: string) {
  const rows = await env.DB.prepare(
    'SELECT origin, band FROM badge_mappings WHERE achievement_id = ? AND organisation_id IS NULL',
  )
    .bind(achievementId)
    .all();
  return rows.results;
}

describe('alignments recorded on verification', () => {
  beforeAll(async () => {
    await importTexts('case', [{ name: 'alabama.json', text: casePackage() }]);
  });

  it('are not recorded from a badge whose proof fails', async () => {
    const forged = await signedBadge();
    forged.name = 'Altered after signing';

    const report = await post(forged);

    expect(report.verdict).toBe('invalid');
    expect(await mappingsOf('https://1edtech.edu/achievements/1')).toEqual([]);
  });

  it('are recorded from an authentic badge, and shown in the report', async () => {
    const report = await post(await signedBadge());

    expect(report.verdict).toBe('valid');
    expect(report.subject.achievements).toEqual([
      {
        id: 'https://1edtech.edu/achievements/1',
        name: 'Text analysis',
        alignment: [
          expect.objectContaining({ targetUrl: alignment.targetUrl, targetType: 'CFItem' }),
        ],
      },
    ]);
    expect(await mappingsOf('https://1edtech.edu/achievements/1')).toEqual([
      { origin: 'alignment', band: 'core' },
    ]);
  });
});
