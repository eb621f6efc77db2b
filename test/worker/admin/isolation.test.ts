import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from '../auth/support/browser';
import { captureConsole } from '../auth/support/logs';
import {
  countRows,
  createTestOrganisation,
  signedIn,
  type TestOrganisation,
} from '../auth/support/organisations';
import { competencyId, frameworkId, importCase, RATIO } from './support';

captureConsole();

/** What organisation B imported, edged and mapped: ids that organisation A will try to reach. */
interface Theirs {
  framework: string;
  competency: string;
  jobPage: string;
  edge: string;
  mapping: string;
}

let a: TestOrganisation;
let aOwner: Browser;
let theirs: Theirs;

async function firstId(sql: string, organisationId: string): Promise<string> {
  const row = await env.DB.prepare(sql).bind(organisationId).first<{ id: string }>();
  if (!row) throw new Error(`Nothing found for: ${sql}`);
  return row.id;
}

beforeAll(async () => {
  a = await createTestOrganisation('isolation-a');
  const b = await createTestOrganisation('isolation-b');
  aOwner = await signedIn(a.owner);
  const bOwner = await signedIn(b.owner);
  await importCase(aOwner);
  const jobPage = await importCase(bOwner);

  const competency = await competencyId(b.id, RATIO.key);
  const page = `/admin/competencies/${competency}`;
  const fields = {
    achievementId: 'https://badges.example.org/b',
    band: 'core',
    competencyId: competency,
  };
  await bOwner.submit(page, '/admin/badge-mappings', fields);
  theirs = {
    framework: await frameworkId(b.id),
    competency,
    jobPage,
    edge: await firstId('SELECT id FROM crosswalk_edges WHERE organisation_id = ?', b.id),
    mapping: await firstId('SELECT id FROM badge_mappings WHERE organisation_id = ?', b.id),
  };
});

describe("another organisation's private taxonomy", () => {
  it('is not found (404) on its framework, tree node, competency and import pages', async () => {
    const paths = [
      `/admin/frameworks/${theirs.framework}`,
      `/admin/frameworks/${await frameworkId(a.id)}?node=${theirs.competency}`,
      `/admin/competencies/${theirs.competency}`,
      theirs.jobPage,
    ];

    for (const path of paths) expect((await aOwner.get(path)).status, path).toBe(404);
  });

  it('is not listed among the frameworks', async () => {
    const html = await (await aOwner.get('/admin/frameworks')).text();

    expect(html).not.toContain(theirs.framework);
    expect(html.split('What Standards Could Be</a>').length).toBe(2);
  });

  it('is neither found by search nor suggested', async () => {
    const page = await (await aOwner.get('/admin/competencies?q=ratio+concepts')).text();
    const suggested = await (await aOwner.get('/admin/competency-suggestions?q=ratio')).text();

    expect(page).toContain(RATIO.label);
    expect(page).not.toContain(theirs.competency);
    expect(suggested).not.toContain(theirs.competency);
  });

  it('cannot be the target of an edge (400), and no edge is added', async () => {
    const own = `/admin/competencies/${await competencyId(a.id, RATIO.key)}`;
    const before = await countRows('crosswalk_edges');

    const res = await aOwner.submit(own, `${own}/edges`, {
      relation: 'exact',
      targetId: theirs.competency,
      note: '',
    });

    expect(res.status).toBe(400);
    expect(await countRows('crosswalk_edges')).toBe(before);
  });

  it('cannot be the source of an edge (404)', async () => {
    const path = `/admin/competencies/${theirs.competency}/edges`;
    const target = await competencyId(a.id, RATIO.key);

    const res = await aOwner.submit('/admin/frameworks', path, {
      relation: 'exact',
      targetId: target,
    });

    expect(res.status).toBe(404);
  });

  it('cannot be mapped to a badge (400), and no mapping is added', async () => {
    const before = await countRows('badge_mappings');

    const res = await aOwner.submit('/admin/badge-mappings', '/admin/badge-mappings', {
      achievementId: 'https://badges.example.org/a',
      band: 'core',
      competencyId: theirs.competency,
    });

    expect(res.status).toBe(400);
    expect(await countRows('badge_mappings')).toBe(before);
  });

  it('keeps its edges and mappings: removing them is 404', async () => {
    const own = `/admin/competencies/${await competencyId(a.id, RATIO.key)}`;

    const edge = await aOwner.submit(own, `${own}/edges/${theirs.edge}/remove`, { note: 'x' });
    const mapping = await aOwner.submit(own, `/admin/badge-mappings/${theirs.mapping}/remove`);

    expect(edge.status).toBe(404);
    expect(mapping.status).toBe(404);
    expect(await countRows('crosswalk_edges', `id = '${theirs.edge}' AND removed_at IS NULL`)).toBe(
      1,
    );
    expect(await countRows('badge_mappings', `id = '${theirs.mapping}'`)).toBe(1);
  });

  it('shows none of its mappings on the mappings page', async () => {
    const html = await (await aOwner.get('/admin/badge-mappings')).text();

    expect(html).not.toContain('https://badges.example.org/b');
  });
});
