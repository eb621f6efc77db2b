import { env } from 'cloudflare:workers';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from '../auth/support/browser';
import { captureConsole } from '../auth/support/logs';
import {
  countRows,
  createTestOrganisation,
  signedIn,
  type TestOrganisation,
} from '../auth/support/organisations';
import {
  competencyId,
  importCase,
  importPublicCase,
  importPublicCsv,
  publicCompetencyId,
  RATIO,
} from './support';

captureConsole();

let org: TestOrganisation;
let owner: Browser;
let ratio: string;
let reference: string;

beforeAll(async () => {
  await importPublicCsv('Edge reference', 'code,label\nER-1,Proportional reasoning\n');
  reference = await publicCompetencyId('ER-1');
});

// The database is shared by the tests of a file: each test gets an organisation of its own.
beforeEach(async () => {
  org = await createTestOrganisation('edges');
  owner = await signedIn(org.owner);
  await importCase(owner);
  ratio = await competencyId(org.id, RATIO.key);
});

function page(id = ratio) {
  return `/admin/competencies/${id}`;
}

function addEdge(fields: Record<string, string>) {
  return owner.submit(page(), `${page()}/edges`, fields);
}

interface EdgeRow {
  id: string;
  origin: string;
  created_by: string;
  note: string | null;
  removed_at: number | null;
  removed_by: string | null;
  removal_note: string | null;
}

function edgeTo(target: string) {
  return env.DB.prepare(
    'SELECT * FROM crosswalk_edges WHERE source_id = ? AND target_id = ? AND organisation_id = ?',
  )
    .bind(ratio, target, org.id)
    .first<EdgeRow>();
}

/** The part of a page from a section's heading to the end of that section. */
function sectionOf(html: string, headingId: string): string {
  const start = html.indexOf(`id="${headingId}"`);
  return html.slice(start, html.indexOf('</section>', start));
}

const EXACT = { relation: 'exact', note: 'Same skill in our own words' };

describe('adding a crosswalk edge', () => {
  it('offers the found competencies as targets, without scripts', async () => {
    const html = await (await owner.get(`${page()}?find=proportional+reasoning`)).text();

    expect(html).toContain(`name="targetId" value="${reference}" required=""`);
    expect(html).toContain('Proportional reasoning (ER-1 · Edge reference)');
  });

  it('records who added it and why, and shows it on the page', async () => {
    const res = await addEdge({ ...EXACT, targetId: reference });

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(page());
    expect(await edgeTo(reference)).toMatchObject({
      origin: 'admin',
      created_by: org.owner.email,
      note: EXACT.note,
    });
    const edges = sectionOf(await (await owner.get(page())).text(), 'edges-heading');
    const row = edges.split('<tr>').find((part) => part.includes('Proportional reasoning')) ?? '';
    expect(row).toContain('<td>exact</td>');
    expect(row).toContain('<td>An admin</td>');
    expect(row).toContain(`${org.owner.email}: ${EXACT.note}`);
  });

  it('links the competency to its equivalent in another framework, with the path', async () => {
    await addEdge({ ...EXACT, targetId: reference });

    const html = await (await owner.get(page())).text();

    const section = html.slice(
      html.indexOf('id="equivalents-heading"'),
      html.indexOf('id="edges-heading"'),
    );
    const row = section.split('<tr>').find((part) => part.includes('Proportional reasoning')) ?? '';
    expect(row).toContain('Edge reference');
    expect(row).toContain('<td>Exact</td>');
    expect(row).toContain(`<li>${RATIO.label} <em>exact</em> Proportional reasoning</li>`);
  });

  it('shows the edge on the public competency too, for this organisation', async () => {
    await addEdge({ ...EXACT, targetId: reference });

    const html = await (await owner.get(page(reference))).text();

    expect(html).toContain(`${org.owner.email}: ${EXACT.note}`);
  });

  it('refuses an edge from a competency to itself (400)', async () => {
    const res = await addEdge({ ...EXACT, targetId: ratio });

    expect(res.status).toBe(400);
    expect(await res.text()).toContain('An edge joins two different competencies');
  });

  it('refuses the same edge twice (409)', async () => {
    await addEdge({ ...EXACT, targetId: reference });

    const res = await addEdge({ ...EXACT, targetId: reference });

    expect(res.status).toBe(409);
    expect(await res.text()).toContain('This edge exists already.');
  });

  it('refuses a relation outside the vocabulary (400), adding nothing', async () => {
    const before = await countRows('crosswalk_edges');

    const res = await addEdge({ relation: 'sameAs', targetId: reference, note: '' });

    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Choose a relation.');
    expect(await countRows('crosswalk_edges')).toBe(before);
  });

  it('refuses an edge with no target chosen (400)', async () => {
    const res = await addEdge({ relation: 'exact', note: '' });

    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Choose the target from the competencies found.');
  });
});

describe('removing a crosswalk edge', () => {
  it('keeps who removed it and why, and takes it off the page', async () => {
    await addEdge({ ...EXACT, targetId: reference });
    const edge = await edgeTo(reference);

    const res = await owner.submit(page(), `${page()}/edges/${edge?.id}/remove`, {
      note: 'Not the same after all',
    });

    expect(res.status).toBe(303);
    expect(await edgeTo(reference)).toMatchObject({
      removed_by: org.owner.email,
      removal_note: 'Not the same after all',
    });
    const edges = sectionOf(await (await owner.get(page())).text(), 'edges-heading');
    expect(edges).toContain('No crosswalk edge touches this competency.');
  });

  it('offers no remove button on an edge of the public reference data', async () => {
    await importPublicCase();
    const publicEdge = await env.DB.prepare(
      `SELECT source_id FROM crosswalk_edges
       WHERE organisation_id IS NULL AND origin = 'framework'`,
    ).first<{ source_id: string }>();

    const html = await (await owner.get(page(publicEdge?.source_id))).text();

    const edges = sectionOf(html, 'edges-heading');
    expect(edges).toContain('<td>The framework itself</td>');
    expect(edges).toContain('<td>Public reference data</td>');
    expect(edges).not.toContain('/remove"');
  });

  it("offers a remove button on the organisation's own edges", async () => {
    await addEdge({ ...EXACT, targetId: reference });

    const edges = sectionOf(await (await owner.get(page())).text(), 'edges-heading');

    expect(edges).toMatch(/action="\/admin\/competencies\/[^"]+\/edges\/xe_[^"]+\/remove"/);
  });

  it('answers 404 for an edge that does not exist', async () => {
    const res = await owner.submit(page(), `${page()}/edges/xe_nothing/remove`, { note: '' });

    expect(res.status).toBe(404);
  });
});
