// Links that answer the credential, pages that name it in their head, and pages that do not.
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createGuardedFetcher, DEFAULT_LIMITS } from '../../../src/fetch';
import { discoverCredential, MAX_FOLLOW_UPS } from '../../../src/verify/discover';
import { startMockWeb } from '../fetch/mock-web';
import { htmlAnswer, jsonAnswer, pageWithAlternate } from './pages';

const server = startMockWeb();

const PAGE = 'https://issuer.example/badges/42';
const CREDENTIAL = { '@context': ['https://www.w3.org/ns/credentials/v2'], id: 'urn:x' };
const JWT = 'eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6ZXhhbXBsZTppIn0.c2ln';

function discover(url: string) {
  return discoverCredential(url, createGuardedFetcher());
}

/** Serves `answer` at `url` and counts the requests it gets. */
function serve(url: string, answer: () => Response) {
  const hits = { count: 0 };
  server.use(
    http.get(url, () => {
      hits.count++;
      return answer();
    }),
  );
  return hits;
}

function links(hrefs: string[]): string {
  const tags = hrefs.map((h) => `<link rel="alternate" type="application/json" href="${h}">`);
  return `<html><head>${tags.join('')}</head><body></body></html>`;
}

describe('a link that answers the credential', () => {
  it('takes a JSON answer as it is', async () => {
    serve(PAGE, () => jsonAnswer(CREDENTIAL, 'application/ld+json'));

    const found = await discover(PAGE);

    expect(found).toEqual({ ok: true, text: JSON.stringify(CREDENTIAL), discoveredBy: 'direct' });
  });

  it('takes a JWT answer as it is', async () => {
    serve(PAGE, () => new Response(JWT, { headers: { 'content-type': 'application/vc+jwt' } }));

    expect(await discover(PAGE)).toEqual({ ok: true, text: JWT, discoveredBy: 'direct' });
  });
});

describe('a page that names its credential', () => {
  it('follows a relative <link rel="alternate"> to the JSON version', async () => {
    serve(PAGE, () => htmlAnswer(pageWithAlternate('42.json')));
    serve(`${PAGE}.json`, () => jsonAnswer(CREDENTIAL));

    const found = await discover(PAGE);

    expect(found).toEqual({
      ok: true,
      text: JSON.stringify(CREDENTIAL),
      discoveredBy: 'link-alternate',
    });
  });

  it('follows an alternate to a JWT version', async () => {
    serve(PAGE, () => htmlAnswer(pageWithAlternate('/42.jwt', 'application/vc+jwt')));
    serve(
      'https://issuer.example/42.jwt',
      () => new Response(JWT, { headers: { 'content-type': 'application/vc+jwt' } }),
    );

    expect(await discover(PAGE)).toMatchObject({ ok: true, text: JWT });
  });

  it('resolves the alternate against the URL the page finally came from', async () => {
    serve(PAGE, () => HttpResponse.redirect('https://cdn.example/pages/42', 302));
    serve('https://cdn.example/pages/42', () => htmlAnswer(pageWithAlternate('42.json')));
    serve('https://cdn.example/pages/42.json', () => jsonAnswer(CREDENTIAL));

    expect(await discover(PAGE)).toMatchObject({ ok: true, discoveredBy: 'link-alternate' });
  });

  it('tries the next alternate when one fails', async () => {
    serve(PAGE, () => htmlAnswer(links(['/gone.json', '/c.json'])));
    serve('https://issuer.example/gone.json', () => new Response(null, { status: 404 }));
    serve('https://issuer.example/c.json', () => jsonAnswer(CREDENTIAL));

    expect(await discover(PAGE)).toMatchObject({ ok: true, discoveredBy: 'link-alternate' });
  });

  it('asks again for a page when the server refuses our Accept header (HTTP 406)', async () => {
    server.use(
      http.get(PAGE, ({ request }) =>
        (request.headers.get('accept') ?? '').startsWith('text/html')
          ? htmlAnswer(pageWithAlternate('42.json'))
          : new Response(null, { status: 406 }),
      ),
    );
    serve(`${PAGE}.json`, () => jsonAnswer(CREDENTIAL));

    expect(await discover(PAGE)).toMatchObject({ ok: true, discoveredBy: 'link-alternate' });
  });

  it('reads a page over the 1 MiB credential limit, within the 2 MiB page limit', async () => {
    const padding = '<meta name="k" content="v">'.repeat(60_000);
    serve(PAGE, () =>
      htmlAnswer(pageWithAlternate('42.json').replace('<title>', `${padding}<title>`)),
    );
    serve(`${PAGE}.json`, () => jsonAnswer(CREDENTIAL));

    expect(await discover(PAGE)).toMatchObject({ ok: true, discoveredBy: 'link-alternate' });
  });
});

describe('a page with no credential behind it', () => {
  it('says so when the page names nothing', async () => {
    serve(PAGE, () => htmlAnswer('<html><head><title>Badge</title></head><body>Hi</body></html>'));

    const found = await discover(PAGE);

    expect(found).toMatchObject({ ok: false, webPage: true, error: { code: 'content_type' } });
  });

  it('says so when the alternate answers JSON that is not a credential', async () => {
    serve(PAGE, () => htmlAnswer(pageWithAlternate('42.json')));
    serve(`${PAGE}.json`, () => jsonAnswer({ title: 'Badge', views: 3 }));

    expect(await discover(PAGE)).toMatchObject({ ok: false, webPage: true });
  });

  it('does not search a page that an alternate leads to', async () => {
    serve(PAGE, () => htmlAnswer(pageWithAlternate('/second')));
    const second = serve('https://issuer.example/second', () =>
      htmlAnswer(pageWithAlternate('/third')),
    );
    const third = serve('https://issuer.example/third', () => jsonAnswer(CREDENTIAL));

    expect(await discover(PAGE)).toMatchObject({ ok: false, webPage: true });
    expect([second.count, third.count]).toEqual([1, 0]);
  });
});

describe('attacks', () => {
  it('lets the guard refuse an alternate that points at 127.0.0.1', async () => {
    serve(PAGE, () => htmlAnswer(pageWithAlternate('https://127.0.0.1/admin.json')));

    const found = await discover(PAGE);

    expect(found).toMatchObject({ ok: false, error: { code: 'url_forbidden' } });
    expect(found.ok === false && found.webPage).toBeUndefined();
  });

  it('stops a link that redirects to itself', async () => {
    const hits = serve(PAGE, () => HttpResponse.redirect(PAGE, 302));

    const found = await discover(PAGE);

    expect(found).toMatchObject({ ok: false, error: { code: 'too_many_redirects' } });
    expect(hits.count).toBe(DEFAULT_LIMITS.maxRedirects + 1);
  });

  it('gives up on an alternate caught in a redirect loop', async () => {
    serve(PAGE, () => htmlAnswer(pageWithAlternate('/loop')));
    serve('https://issuer.example/loop', () =>
      HttpResponse.redirect('https://issuer.example/loop', 302),
    );

    expect(await discover(PAGE)).toMatchObject({ ok: false, webPage: true });
  });

  it(`makes at most ${MAX_FOLLOW_UPS} follow-up requests for a link`, async () => {
    serve(PAGE, () => htmlAnswer(links(['/1', '/2', '/3', '/4', '/5'])));
    const gone = serve('https://issuer.example/:n', () => new Response(null, { status: 404 }));

    expect(await discover(PAGE)).toMatchObject({ ok: false, webPage: true });
    expect(gone.count).toBe(3);
  });

  it('counts the second request after HTTP 406 against the follow-ups', async () => {
    server.use(
      http.get(PAGE, ({ request }) =>
        (request.headers.get('accept') ?? '').startsWith('text/html')
          ? htmlAnswer(links(['/1', '/2', '/3']))
          : new Response(null, { status: 406 }),
      ),
    );
    const gone = serve('https://issuer.example/:n', () => new Response(null, { status: 404 }));

    await discover(PAGE);

    expect(gone.count).toBe(2);
  });

  it('refuses a page larger than 2 MiB', async () => {
    serve(PAGE, () => htmlAnswer(`<html><head>${'<meta>'.repeat(400_000)}</head></html>`));

    expect(await discover(PAGE)).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('does not read a link inside a script of a hostile page', async () => {
    const link = '<link rel="alternate" type="application/json" href="https://evil.example/c">';
    const script = `<script>var s='${link}';</script>`;
    serve(PAGE, () => htmlAnswer(`<html><head>${script}<title>x</head><body>`));

    expect(await discover(PAGE)).toMatchObject({ ok: false, webPage: true });
  });
});
