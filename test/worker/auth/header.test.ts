import { beforeAll, describe, expect, it } from 'vitest';
import { Browser } from './support/browser';
import { captureConsole } from './support/logs';
import { createTestOrganisation, signedIn, type TestOrganisation } from './support/organisations';

captureConsole();
let org: TestOrganisation;

beforeAll(async () => {
  org = await createTestOrganisation('header');
});

function accountCorner(html: string): string {
  const start = html.indexOf('<nav class="account"');
  return html.slice(start, html.indexOf('</nav>', start));
}

describe('the account corner of the page header', () => {
  it('offers a sign-in link to a visitor', async () => {
    const html = await (await new Browser().get('/')).text();

    expect(accountCorner(html)).toContain('<a href="/sign-in">Sign in</a>');
  });

  it('shows a signed-in member their name and a sign-out form with their CSRF token', async () => {
    const browser = await signedIn(org.recruiter);
    const token = await browser.csrfFrom('/account');

    const corner = accountCorner(await (await browser.get('/org')).text());

    expect(corner).toContain(org.recruiter.name);
    expect(corner).toContain('<form class="inline" method="post" action="/sign-out">');
    expect(corner).toContain(`value="${token}"`);
  });
});
