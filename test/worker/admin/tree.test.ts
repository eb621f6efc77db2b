import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from '../auth/support/browser';
import { captureConsole } from '../auth/support/logs';
import {
  createTestOrganisation,
  signedIn,
  type TestOrganisation,
} from '../auth/support/organisations';
import {
  competencyId,
  frameworkId,
  importCase,
  importPublicCsv,
  publicCompetencyId,
  RATIO,
} from './support';

captureConsole();

/** "Use ratio and rate reasoning…", a child of RATIO with four children of its own. */
const RATE_REASONING = {
  code: 'CCSS.Math.Content.6.RP.A.3',
  key: 'd83a65ed-770c-4dbe-a505-11e5e17a9a79',
};

let org: TestOrganisation;
let owner: Browser;
let framework: string;

beforeAll(async () => {
  org = await createTestOrganisation('tree');
  owner = await signedIn(org.owner);
  await importCase(owner);
  await importPublicCsv('Tree reference', 'code,label\nTR-1,Reference item\n');
  framework = await frameworkId(org.id);
});

function itemOf(html: string, label: string): string {
  return html.split('<li>').find((part) => part.includes(label)) ?? '';
}

describe("a framework's tree", () => {
  it('shows the top level, each item opening its children', async () => {
    const html = await (await owner.get(`/admin/frameworks/${framework}`)).text();
    const ratio = await competencyId(org.id, RATIO.key);

    expect(html).toContain('<h1>What Standards Could Be</h1>');
    const item = itemOf(html, RATIO.label);
    expect(item).toContain(`href="/admin/competencies/${ratio}"`);
    expect(item).toContain(RATIO.code);
    expect(item).toContain(`href="/admin/frameworks/${framework}?node=${ratio}"`);
    expect(item).toContain('Open: 3 items below');
  });

  it('opens a node: its children, and the trail back to the top', async () => {
    const ratio = await competencyId(org.id, RATIO.key);
    const child = await competencyId(org.id, RATE_REASONING.key);

    const html = await (await owner.get(`/admin/frameworks/${framework}?node=${ratio}`)).text();

    const trail = html.slice(html.indexOf('<ol class="trail">'), html.indexOf('</ol>'));
    expect(trail).toContain(`<a href="/admin/frameworks/${framework}">Top level</a>`);
    expect(trail).toContain(`<a href="/admin/competencies/${ratio}" aria-current="page">`);
    expect(itemOf(html, RATE_REASONING.code)).toContain(`?node=${child}`);
    expect(itemOf(html, RATE_REASONING.code)).toContain('Open: 4 items below');
  });

  it("carries the framework's source and attribution", async () => {
    const html = await (await owner.get(`/admin/frameworks/${framework}`)).text();

    expect(html).toContain('What Standards Could Be, by Brandon Dorman');
    expect(html).toContain('<dd>Your organisation</dd>');
  });

  it('answers 404 for a node of another framework', async () => {
    const elsewhere = await publicCompetencyId('TR-1');

    const res = await owner.get(`/admin/frameworks/${framework}?node=${elsewhere}`);

    expect(res.status).toBe(404);
  });

  it('answers 404 for a framework that does not exist', async () => {
    expect((await owner.get('/admin/frameworks/fw_nothing')).status).toBe(404);
  });
});
