import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { upsertAdminMapping } from '../../../src/db/taxonomy-mappings';
import { type AlignedAchievement, mapAlignments } from '../../../src/taxonomy/alignments';
import { fixtureJson } from '../support/fixtures';
import { importTexts } from './csv-helpers';
import { db, NOW } from './support';

const credential = fixtureJson<{
  credentialSubject: {
    achievement: AlignedAchievement & { alignment: Array<Record<string, string>> };
  };
}>('ob3/1edtech-spec-examples/achievementAlignmentCase.unsigned.json');
const achievement = credential.credentialSubject.achievement;
const alignment = achievement.alignment[0] ?? {};
const ITEM = alignment.targetCode ?? '';

/** A one-item CASE package holding the CFItem the fixture's alignment points at. */
function casePackage(itemUri: string) {
  const at = '2024-01-01T00:00:00Z';
  return JSON.stringify({
    CFDocument: {
      identifier: 'c0a80101-0000-4000-8000-000000000001',
      uri: 'https://case.example.org/uri/c0a80101-0000-4000-8000-000000000001',
      creator: 'Alabama State Department of Education',
      title: alignment.targetFramework,
      lastChangeDateTime: at,
    },
    CFItems: [
      {
        identifier: ITEM,
        uri: itemUri,
        fullStatement: alignment.targetName,
        lastChangeDateTime: at,
      },
    ],
  });
}

async function mappings(organisationId: string | null) {
  const rows = await env.DB.prepare(
    `SELECT m.achievement_id AS achievement, c.key, m.band, m.origin FROM badge_mappings m
     JOIN competencies c ON c.id = m.competency_id WHERE m.organisation_id IS ?`,
  )
    .bind(organisationId)
    .all();
  return rows.results;
}

describe('mapping a badge class from its own alignment (OB 3.0 fixture, CASE CFItem)', () => {
  it('matches the targetUrl and records a core mapping from the alignment', async () => {
    await importTexts('case', [
      { name: 'alabama.json', text: casePackage(alignment.targetUrl ?? '') },
    ]);

    const outcome = await mapAlignments(db, null, achievement, NOW);

    expect(outcome).toMatchObject({
      achievementId: 'https://1edtech.edu/achievements/1',
      added: 1,
      unmatched: [],
    });
    expect(outcome.mapped).toEqual([
      { index: 0, competencyId: expect.any(String), matchedBy: 'targetUrl' },
    ]);
    expect(await mappings(null)).toEqual([
      {
        achievement: 'https://1edtech.edu/achievements/1',
        key: ITEM,
        band: 'core',
        origin: 'alignment',
      },
    ]);
  });

  it('adds nothing the second time', async () => {
    const again = await mapAlignments(db, null, achievement, NOW);
    expect(again.added).toBe(0);
    expect(await mappings(null)).toHaveLength(1);
  });

  it('matches the CFItem identifier at the end of a CASE URI served from another address', async () => {
    const org = 'org-mirror';
    const item = 'd2e4f6a8-1b3c-4d5e-8f70-0a1b2c3d4e5f';
    const text = casePackage(`https://mirror.example.org/ims/case/v1p0/CFItems/${item}`).replace(
      ITEM,
      item,
    );
    await importTexts('case', [{ name: 'mirror.json', text }], {}, org);
    const aligned = { ...alignment, targetUrl: `https://casenetwork.example.org/uri/${item}` };

    const outcome = await mapAlignments(db, org, { ...achievement, alignment: [aligned] }, NOW);

    expect(outcome.mapped[0]?.matchedBy).toBe('cfItemIdentifier');
    expect(await mappings(org)).toHaveLength(1);
  });

  it('matches targetCode within the targetFramework when there is no URI to go by', async () => {
    const org = 'org-code';
    const csv = 'code,label\nRL.11-12.1,Cite textual evidence';
    await importTexts('csv', [{ name: 'ela.csv', text: csv }], { title: 'Acme ELA' }, org);
    const byCode = { targetCode: 'RL.11-12.1', targetFramework: 'acme ela' };

    const outcome = await mapAlignments(db, org, { ...achievement, alignment: [byCode] }, NOW);

    expect(outcome.mapped).toEqual([
      { index: 0, competencyId: expect.any(String), matchedBy: 'targetCode' },
    ]);
  });

  it('reports a target two visible frameworks share as ambiguous', async () => {
    const org = 'org-twice';
    await importTexts(
      'csv',
      [{ name: 'ela.csv', text: `code,label\n${ITEM},Cite` }],
      { title: alignment.targetFramework },
      org,
    );
    const { targetUrl: _url, ...byCode } = alignment;

    const outcome = await mapAlignments(db, org, { ...achievement, alignment: [byCode] }, NOW);

    expect(outcome.unmatched).toEqual([{ index: 0, reason: 'ambiguous' }]);
  });

  it('reports an alignment to a framework nobody imported, and maps nothing', async () => {
    const outcome = await mapAlignments(
      db,
      'org-empty',
      { id: 'urn:badge:1', alignment: [{ targetUrl: 'https://case.example.org/uri/nope' }] },
      NOW,
    );

    expect(outcome.unmatched).toEqual([{ index: 0, reason: 'not_found' }]);
    expect(await mappings('org-empty')).toEqual([]);
  });

  it("keeps an admin's mapping and band when the alignment names the same competency", async () => {
    const org = 'org-admin';
    await importTexts(
      'case',
      [{ name: 'a.json', text: casePackage(alignment.targetUrl ?? '') }],
      {},
      org,
    );
    const competency = await env.DB.prepare(
      'SELECT c.id FROM competencies c JOIN frameworks f ON f.id = c.framework_id WHERE f.organisation_id = ?',
    )
      .bind(org)
      .first<{ id: string }>();
    const admin = {
      id: 'bm_admin',
      organisationId: org,
      achievementId: String(achievement.id),
      competencyId: competency?.id ?? '',
      band: 'advanced' as const,
      createdBy: 'ana',
    };
    await upsertAdminMapping(db, admin, NOW);

    const outcome = await mapAlignments(db, org, achievement, NOW);

    expect(outcome.added).toBe(0);
    expect(await mappings(org)).toEqual([
      expect.objectContaining({ band: 'advanced', origin: 'admin' }),
    ]);
  });
});

describe('alignments a badge should not have', () => {
  it.each([
    ['no id', { alignment: [alignment] }],
    ['alignment not a list', { id: 'urn:x', alignment: alignment }],
    ['entries that are not objects', { id: 'urn:x', alignment: ['https://x', 3, null] }],
    [
      'a target URL of 10 KB',
      { id: 'urn:x', alignment: [{ targetUrl: `https://x/${'a'.repeat(10_000)}` }] },
    ],
  ])('reads %s without failing and maps nothing', async (_case, badge) => {
    const outcome = await mapAlignments(db, 'org-hostile', badge as AlignedAchievement, NOW);
    expect(outcome.added).toBe(0);
  });
});
