import { beforeAll, describe, expect, it } from 'vitest';
import { Browser } from '../auth/support/browser';
import { captureConsole } from '../auth/support/logs';
import {
  countRows,
  createTestOrganisation,
  signedIn,
  type TestOrganisation,
} from '../auth/support/organisations';
import { competencyId, frameworkId, importCase, RATIO } from './support';

captureConsole();

let org: TestOrganisation;
let pages: string[];

beforeAll(async () => {
  org = await createTestOrganisation('admin-access');
  const jobPage = await importCase(await signedIn(org.owner));
  const framework = await frameworkId(org.id);
  const competency = await competencyId(org.id, RATIO.key);

  pages = [
    '/admin/frameworks',
    jobPage,
    `/admin/frameworks/${framework}`,
    `/admin/frameworks/${framework}?node=${competency}`,
    '/admin/competencies?q=ratio',
    '/admin/competency-suggestions?q=ratio',
    `/admin/competencies/${competency}`,
    '/admin/badge-mappings',
  ];
});

async function statuses(browser: Browser): Promise<number[]> {
  const answers = [];
  for (const path of pages) answers.push((await browser.get(path)).status);
  return answers;
}

describe('who may open the admin pages', () => {
  it('renders every page for an owner', async () => {
    expect(await statuses(await signedIn(org.owner))).toEqual(pages.map(() => 200));
  });

  it('renders every page for an admin', async () => {
    expect(await statuses(await signedIn(org.admin))).toEqual(pages.map(() => 200));
  });

  it('refuses a recruiter with a 403 page on every page', async () => {
    const recruiter = await signedIn(org.recruiter);

    expect(await statuses(recruiter)).toEqual(pages.map(() => 403));
    const res = await recruiter.get('/admin/frameworks');
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('Your role or key does not allow this.');
  });

  it('refuses a hiring manager with 403', async () => {
    expect(await statuses(await signedIn(org.hiringManager))).toEqual(pages.map(() => 403));
  });

  it('sends a signed-out visitor to sign in, to come back to the page', async () => {
    const visitor = new Browser();

    for (const path of pages) {
      const res = await visitor.get(path);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  it('sends /admin to the frameworks page', async () => {
    const res = await (await signedIn(org.owner)).get('/admin');

    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/frameworks');
  });

  it('never lets a browser cache an admin page', async () => {
    const res = await (await signedIn(org.owner)).get('/admin/frameworks');

    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('changes through the admin pages', () => {
  it('are refused to a recruiter even with a valid form token (403)', async () => {
    const recruiter = await signedIn(org.recruiter);
    const csrf_token = await recruiter.csrfFrom('/org');
    const before = await countRows('badge_mappings');

    const res = await recruiter.post('/admin/badge-mappings', {
      csrf_token,
      achievementId: 'https://badges.example.org/a',
      competencyId: await competencyId(org.id, RATIO.key),
      band: 'core',
    });

    expect(res.status).toBe(403);
    expect(await countRows('badge_mappings')).toBe(before);
  });

  it('are refused without the CSRF token (403 csrf_rejected), changing nothing', async () => {
    const owner = await signedIn(org.owner);
    const before = await countRows('badge_mappings');

    const res = await owner.post('/admin/badge-mappings', {
      achievementId: 'https://badges.example.org/a',
      competencyId: await competencyId(org.id, RATIO.key),
      band: 'core',
    });

    expect(res.status).toBe(403);
    expect(await res.text()).toContain('This form could not be accepted');
    expect(await countRows('badge_mappings')).toBe(before);
  });

  it('are refused when posted from another site (403)', async () => {
    const owner = await signedIn(org.owner);
    const csrf_token = await owner.csrfFrom('/admin/badge-mappings');

    const res = await owner.post(
      '/admin/badge-mappings',
      { csrf_token, achievementId: 'x', competencyId: 'y', band: 'core' },
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    );

    expect(res.status).toBe(403);
    expect(await res.text()).toContain('This form could not be accepted');
  });
});

describe('the type-ahead script', () => {
  it('is served as JavaScript to anyone, from this origin', async () => {
    const res = await new Browser().get('/admin/type-ahead.js');

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toContain("querySelectorAll('input[data-typeahead]')");
  });

  it('may run on the admin pages: their policy allows scripts from this origin only', async () => {
    const res = await (await signedIn(org.owner)).get('/admin/competencies');
    const policy = res.headers.get('content-security-policy') ?? '';

    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(await res.text()).toContain('<script src="/admin/type-ahead.js" defer="">');
  });
});
