// The links people paste from each badge platform, against recorded-shape pages served by MSW.
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createGuardedFetcher } from '../../../src/fetch';
import { discoverCredential } from '../../../src/verify/discover';
import { startMockWeb } from '../fetch/mock-web';
import {
  accrediblePage,
  BADGR_API,
  BADGR_ID,
  BADGR_PAGE,
  badgrAppShell,
  badgrAssertion,
  CREDLY_ASSERTION,
  CREDLY_PAGE,
  credlyAssertion,
  credlyPage,
  htmlAnswer,
  jsonAnswer,
  openBadgeFactoryPage,
  openBadgePassportPage,
} from './pages';

const server = startMockWeb();

function discover(url: string) {
  return discoverCredential(url, createGuardedFetcher());
}

/** Serves `handler` at `url` and records each request's URL and Accept header. */
function recorded(url: string, handler: (request: { headers: Headers }) => Response) {
  const seen: { url: string; accept: string }[] = [];
  server.use(
    http.get(url, ({ request }) => {
      seen.push({ url: request.url, accept: request.headers.get('accept') ?? '' });
      return handler(request);
    }),
  );
  return seen;
}

describe('Credly', () => {
  it('finds the Open Badges 2.0 assertion behind a badge page by its pattern', async () => {
    const page = recorded(CREDLY_PAGE, () => htmlAnswer(credlyPage()));
    recorded(CREDLY_ASSERTION, () => jsonAnswer(credlyAssertion()));

    const found = await discover(CREDLY_PAGE);

    expect(found).toMatchObject({ ok: true, discoveredBy: 'platform-pattern', platform: 'Credly' });
    expect(found.ok && JSON.parse(found.text)).toEqual(credlyAssertion());
    expect(page[0]?.accept).toMatch(/^application\/ld\+json, application\/json/);
  });

  it('does not take the page’s own JSON about the badge for the credential', async () => {
    recorded(CREDLY_PAGE, () => jsonAnswer({ data: { id: 'x', badge_template: {} } }));
    recorded(CREDLY_ASSERTION, () => jsonAnswer(credlyAssertion()));

    const found = await discover(CREDLY_PAGE);

    expect(found).toMatchObject({ ok: true, discoveredBy: 'platform-pattern', platform: 'Credly' });
  });

  it('reports a removed badge as a page without a credential', async () => {
    recorded(CREDLY_PAGE, () => htmlAnswer(credlyPage()));
    recorded(CREDLY_ASSERTION, () => new Response(null, { status: 404 }));

    expect(await discover(CREDLY_PAGE)).toMatchObject({ ok: false, webPage: true });
  });

  it('reports an assertion server error as a failure that may pass', async () => {
    recorded(CREDLY_PAGE, () => htmlAnswer(credlyPage()));
    recorded(CREDLY_ASSERTION, () => new Response(null, { status: 503 }));

    const found = await discover(CREDLY_PAGE);

    expect(found).toEqual({ ok: false, error: expect.objectContaining({ status: 503 }) });
  });
});

describe('Canvas Credentials (Badgr)', () => {
  it('finds the assertion JSON behind the web app page, without the recipient query', async () => {
    recorded('https://badgr.com/public/assertions/:id', () => htmlAnswer(badgrAppShell()));
    const api = recorded(`${BADGR_API}.json`, () => jsonAnswer(badgrAssertion()));

    const found = await discover(BADGR_PAGE);

    expect(found).toMatchObject({
      ok: true,
      discoveredBy: 'platform-pattern',
      platform: 'Canvas Credentials (Badgr)',
    });
    expect(api.map((r) => r.url)).toEqual([`${BADGR_API}.json?v=2_0`]);
  });

  it('reads a pasted API link by content negotiation', async () => {
    recorded(BADGR_API, (request) =>
      // badgr-server sends anyone whose Accept header mentions text/html to the web app.
      (request.headers.get('accept') ?? '').includes('text/html')
        ? HttpResponse.redirect(`https://badgr.com/public/assertions/${BADGR_ID}`, 302)
        : jsonAnswer(badgrAssertion()),
    );

    const found = await discover(BADGR_API);

    expect(found).toMatchObject({
      ok: true,
      discoveredBy: 'content-negotiation',
      platform: 'Canvas Credentials (Badgr)',
    });
  });

  it('maps an EU page to the EU API host', async () => {
    recorded('https://eu.badgr.com/public/assertions/:id', () => htmlAnswer(badgrAppShell()));
    const api = recorded('https://api.eu.badgr.io/public/assertions/:file', () =>
      jsonAnswer(badgrAssertion()),
    );

    await discover(`https://eu.badgr.com/public/assertions/${BADGR_ID}`);

    expect(api.map((r) => r.url)).toEqual([
      `https://api.eu.badgr.io/public/assertions/${BADGR_ID}.json?v=2_0`,
    ]);
  });
});

describe('platforms without a documented credential endpoint', () => {
  it('says an Accredible credential page has no credential behind it', async () => {
    const url = 'https://www.credential.net/1b158799-77b9-4257-9ef3-43750f6af0df';
    recorded(url, () => htmlAnswer(accrediblePage()));

    expect(await discover(url)).toMatchObject({ ok: false, webPage: true });
  });

  it('says an Open Badge Factory assertion page has no credential behind it', async () => {
    const url =
      'https://openbadgefactory.com/v1/assertion/1ad0ca0b37b55d3def2a09fc01d2167bac8e28dd.html';
    recorded(url, () => htmlAnswer(openBadgeFactoryPage()));

    expect(await discover(url)).toMatchObject({ ok: false, webPage: true });
  });

  it('takes an Open Badge Factory link that answers the assertion JSON as it is', async () => {
    const url =
      'https://openbadgefactory.com/v1/assertion/1ad0ca0b37b55d3def2a09fc01d2167bac8e28dd';
    recorded(url, () => jsonAnswer(badgrAssertion()));

    expect(await discover(url)).toMatchObject({ ok: true, discoveredBy: 'direct' });
  });

  it('does not follow the oEmbed alternate of an Open Badge Passport page', async () => {
    const url = 'https://openbadgepassport.com/app/badge/info/123456';
    recorded(url, () => htmlAnswer(openBadgePassportPage()));
    const oembed = recorded('https://openbadgepassport.com/app/obpv1/oembed', () =>
      jsonAnswer({ type: 'rich' }),
    );

    expect(await discover(url)).toMatchObject({ ok: false, webPage: true });
    expect(oembed).toEqual([]);
  });
});
