import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { insertAlignmentMappings } from '../../../src/db/taxonomy-mappings';
import type { Browser } from '../auth/support/browser';
import { captureConsole } from '../auth/support/logs';
import {
  countRows,
  createTestOrganisation,
  signedIn,
  type TestOrganisation,
} from '../auth/support/organisations';
import { db, NOW } from '../taxonomy/support';
import { competencyId, importCase, RATIO } from './support';

captureConsole();

const BADGE = 'https://badges.example.org/achievements/ratio-reasoning';
const OTHER_BADGE = 'urn:uuid:6f1d9e38-3c5f-4a57-9d35-2b9f6e1c0a11';

let org: TestOrganisation;
let owner: Browser;
let ratio: string;

// The database is shared by the tests of a file: each test gets an organisation of its own.
beforeEach(async () => {
  org = await createTestOrganisation('mappings');
  owner = await signedIn(org.owner);
  await importCase(owner);
  ratio = await competencyId(org.id, RATIO.key);
});

const competencyPage = () => `/admin/competencies/${ratio}`;

/** Maps a badge from the competency's own page, as the form there does. */
function mapFromCompetency(achievementId: string, band = 'core') {
  const fields = { achievementId, band, competencyId: ratio, back: competencyPage() };
  return owner.submit(competencyPage(), '/admin/badge-mappings', fields);
}

function mappingsOf(achievementId: string) {
  return env.DB.prepare(
    'SELECT * FROM badge_mappings WHERE achievement_id = ? AND organisation_id = ?',
  )
    .bind(achievementId, org.id)
    .all<{ id: string; band: string; origin: string; created_by: string; competency_id: string }>();
}

function rowOf(html: string, text: string): string {
  return html.split('<tr>').find((part) => part.includes(text)) ?? '';
}

describe("mapping a badge class from a competency's page", () => {
  it('maps it with the band chosen, says who did, and comes back to the competency', async () => {
    const res = await mapFromCompetency(BADGE, 'advanced');

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(competencyPage());
    expect((await mappingsOf(BADGE)).results).toEqual([
      expect.objectContaining({
        band: 'advanced',
        origin: 'admin',
        created_by: org.owner.email,
        competency_id: ratio,
      }),
    ]);
    const row = rowOf(await (await owner.get(competencyPage())).text(), BADGE);
    expect(row).toContain('<td>Advanced</td>');
    expect(row).toContain(`An admin<span class="hint"> (${org.owner.email})</span>`);
  });

  it('changes the band when the same badge class is mapped again', async () => {
    await mapFromCompetency(BADGE, 'foundational');

    await mapFromCompetency(BADGE, 'core');

    const { results } = await mappingsOf(BADGE);
    expect(results.map((row) => row.band)).toEqual(['core']);
  });

  it('refuses a band outside foundational, core and advanced (400) on the same page', async () => {
    const res = await mapFromCompetency(BADGE, 'expert');

    const html = await res.text();
    expect(res.status).toBe(400);
    expect(html).toContain('Choose a band: foundational, core or advanced.');
    expect(html).toContain(`<h1>${RATIO.label}</h1>`);
    expect((await mappingsOf(BADGE)).results).toEqual([]);
  });

  it('refuses a mapping without a badge class (400)', async () => {
    const res = await mapFromCompetency('   ');

    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Give the badge class: its achievement id or URL.');
  });
});

describe('the badge mappings page', () => {
  it('lists every mapping with its competency, band and where it came from', async () => {
    await mapFromCompetency(BADGE);
    await insertAlignmentMappings(
      db,
      org.id,
      OTHER_BADGE,
      [
        {
          id: 'bm_alignment-test-0001',
          competencyId: ratio,
          alignment: { targetCode: RATIO.code },
        },
      ],
      NOW,
    );

    const html = await (await owner.get('/admin/badge-mappings')).text();

    expect(rowOf(html, BADGE)).toContain(`<a href="${competencyPage()}">${RATIO.label}</a>`);
    expect(rowOf(html, BADGE)).toContain(`An admin<span class="hint"> (${org.owner.email})</span>`);
    expect(rowOf(html, OTHER_BADGE)).toContain('The badge&#39;s alignment');
    expect(html).toContain('What Standards Could Be, by Brandon Dorman');
  });

  it('narrows the list to one badge class', async () => {
    await mapFromCompetency(BADGE);
    await mapFromCompetency(OTHER_BADGE);

    const html = await (
      await owner.get(`/admin/badge-mappings?achievement=${encodeURIComponent(BADGE)}`)
    ).text();

    expect(html).toContain(`<code>${BADGE}</code>`);
    expect(html).not.toContain(`<code>${OTHER_BADGE}</code>`);
  });

  it('maps a badge class to a competency found on the page, without scripts', async () => {
    const found = await (await owner.get('/admin/badge-mappings?find=ratio+concepts')).text();
    expect(found).toContain(`name="competencyId" value="${ratio}"`);

    const res = await owner.submit('/admin/badge-mappings', '/admin/badge-mappings', {
      competencyId: ratio,
      achievementId: BADGE,
      band: 'foundational',
      back: '/admin/badge-mappings',
    });

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/badge-mappings');
    expect((await mappingsOf(BADGE)).results).toEqual([
      expect.objectContaining({ band: 'foundational' }),
    ]);
  });

  it('refuses a mapping with no competency chosen (400)', async () => {
    const res = await owner.submit('/admin/badge-mappings', '/admin/badge-mappings', {
      achievementId: BADGE,
      band: 'core',
    });

    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Choose the competency the badge proves.');
  });

  it('never sends the browser to another site after a change', async () => {
    const fields = {
      achievementId: BADGE,
      band: 'core',
      competencyId: ratio,
      back: 'https://evil.example/',
    };

    const res = await owner.submit(competencyPage(), '/admin/badge-mappings', fields);

    expect(res.headers.get('location')).toBe('/admin/badge-mappings');
  });
});

describe('removing a badge mapping', () => {
  it('deletes it and comes back to the page it was removed from', async () => {
    await mapFromCompetency(BADGE);
    const [mapping] = (await mappingsOf(BADGE)).results;

    const res = await owner.submit(
      '/admin/badge-mappings',
      `/admin/badge-mappings/${mapping?.id}/remove`,
      {
        back: competencyPage(),
      },
    );

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(competencyPage());
    expect(await countRows('badge_mappings', `organisation_id = '${org.id}'`)).toBe(0);
  });

  it('records who removed which mapping in the audit log', async () => {
    await mapFromCompetency(BADGE);
    const [mapping] = (await mappingsOf(BADGE)).results;

    await owner.submit('/admin/badge-mappings', `/admin/badge-mappings/${mapping?.id}/remove`);

    const where = `organisation_id = '${org.id}' AND action = 'data_deleted'`;
    const event = await env.DB.prepare(`SELECT * FROM audit_events WHERE ${where}`).first();
    expect(event).toMatchObject({
      actor_label: org.owner.email,
      target_type: 'badge_mapping',
      target_id: mapping?.id,
      target_label: BADGE,
    });
  });

  it('answers 404 for a mapping that does not exist', async () => {
    const res = await owner.submit(
      '/admin/badge-mappings',
      '/admin/badge-mappings/bm_nothing/remove',
    );

    expect(res.status).toBe(404);
  });
});
