import { describe, expect, it } from 'vitest';
import { alternateLinks } from '../../../src/verify/discover/alternate-links';
import { openBadgePassportPage } from './pages';

const PAGE = 'https://issuer.example/badges/42';

function head(inner: string): string {
  return `<!DOCTYPE html><html><head><title>Badge</title>${inner}</head><body></body></html>`;
}

describe('alternateLinks', () => {
  it('resolves a relative href against the page URL', () => {
    const html = head('<link rel="alternate" type="application/ld+json" href="42.json">');

    expect(alternateLinks(html, PAGE)).toEqual(['https://issuer.example/badges/42.json']);
  });

  it.each([
    ['application/ld+json'],
    ['application/json'],
    ['application/jwt'],
    ['application/vc+jwt'],
    ['application/vc'],
    ['Application/JSON; charset=utf-8'],
  ])('reads an alternate of type %s', (type) => {
    const html = head(`<link rel="alternate" type="${type}" href="/c">`);

    expect(alternateLinks(html, PAGE)).toEqual(['https://issuer.example/c']);
  });

  it.each([['application/json+oembed'], ['application/rss+xml'], ['text/html']])(
    'ignores an alternate of type %s',
    (type) => {
      const html = head(`<link rel="alternate" type="${type}" href="/c">`);

      expect(alternateLinks(html, PAGE)).toEqual([]);
    },
  );

  it('ignores an alternate without a type', () => {
    expect(alternateLinks(head('<link rel="alternate" href="/c.json">'), PAGE)).toEqual([]);
  });

  it('reads rel as a case-insensitive token list', () => {
    const html = head('<LINK REL="Canonical  ALTERNATE" TYPE="application/json" HREF="/c">');

    expect(alternateLinks(html, PAGE)).toEqual(['https://issuer.example/c']);
  });

  it('does not take rel values that only contain the word', () => {
    const html = head('<link rel="alternates" type="application/json" href="/c">');

    expect(alternateLinks(html, PAGE)).toEqual([]);
  });

  it('decodes entities in the href', () => {
    const html = head('<link rel="alternate" type="application/json" href="/c?a=1&amp;v=2">');

    expect(alternateLinks(html, PAGE)).toEqual(['https://issuer.example/c?a=1&v=2']);
  });

  it('resolves against the first base href, as a browser does', () => {
    const html = head(
      '<base href="https://cdn.issuer.example/data/"><base href="https://other.example/">' +
        '<link rel="alternate" type="application/json" href="42.json">',
    );

    expect(alternateLinks(html, PAGE)).toEqual(['https://cdn.issuer.example/data/42.json']);
  });

  it('keeps document order and drops repeats', () => {
    const html = head(
      '<link rel="alternate" type="application/vc+jwt" href="/a.jwt">' +
        '<link rel="alternate" type="application/json" href="/b.json">' +
        '<link rel="alternate" type="application/ld+json" href="/a.jwt">',
    );

    expect(alternateLinks(html, PAGE)).toEqual([
      'https://issuer.example/a.jwt',
      'https://issuer.example/b.json',
    ]);
  });

  it('finds links in a head without a head tag', () => {
    const html = '<html><link rel="alternate" type="application/json" href="/c"><p>text</p>';

    expect(alternateLinks(html, PAGE)).toEqual(['https://issuer.example/c']);
  });

  it('ignores the oEmbed alternate of an Open Badge Passport page', () => {
    expect(alternateLinks(openBadgePassportPage(), PAGE)).toEqual([]);
  });
});

describe('hostile pages', () => {
  it('does not read links in the body', () => {
    const html =
      '<html><head></head><body><link rel="alternate" type="application/json" href="/c"></body>';

    expect(alternateLinks(html, PAGE)).toEqual([]);
  });

  it('stops at the first element that starts the body', () => {
    const html =
      '<html><head><div>x</div><link rel="alternate" type="application/json" href="/c"></head>';

    expect(alternateLinks(html, PAGE)).toEqual([]);
  });

  it('does not read markup inside a script', () => {
    const link = '<link rel="alternate" type="application/json" href="https://evil.example/c">';
    const script = `<script>document.write('${link}')</script>`;

    expect(alternateLinks(head(script), PAGE)).toEqual([]);
  });

  it('does not read markup inside a comment', () => {
    const comment = '<!-- <link rel="alternate" type="application/json" href="/c"> -->';

    expect(alternateLinks(head(comment), PAGE)).toEqual([]);
  });

  it('does not read links inside a template', () => {
    const template =
      '<template><link rel="alternate" type="application/json" href="/t"></template>' +
      '<link rel="alternate" type="application/json" href="/c">';

    expect(alternateLinks(head(template), PAGE)).toEqual(['https://issuer.example/c']);
  });

  it('reads the links before an unclosed title swallows the rest', () => {
    const html =
      '<html><head><link rel="alternate" type="application/json" href="/a"><title>never closed' +
      '<link rel="alternate" type="application/json" href="/b"><div><span>';

    expect(alternateLinks(html, PAGE)).toEqual(['https://issuer.example/a']);
  });

  it('survives unclosed tags and a truncated document', () => {
    const html =
      '<html><head><meta name="x" content="y"<link rel="alternate" type="application/json" ' +
      'href="/a"><link rel="alternate" type="application/json" href="/b"><link rel="alt';

    expect(() => alternateLinks(html, PAGE)).not.toThrow();
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:application/json,{}'],
    ['file:///etc/passwd'],
    ['http://[::1'],
    [''],
  ])('skips the href %s', (href) => {
    const html = head(`<link rel="alternate" type="application/json" href="${href}">`);

    expect(alternateLinks(html, PAGE)).toEqual([]);
  });

  it('keeps an address the guard will judge, such as a loopback one', () => {
    const html = head('<link rel="alternate" type="application/json" href="https://127.0.0.1/c">');

    expect(alternateLinks(html, PAGE)).toEqual(['https://127.0.0.1/c']);
  });

  it('collects at most ten links from a page that offers thousands', () => {
    const links = Array.from(
      { length: 5000 },
      (_, i) => `<link rel="alternate" type="application/json" href="/c${i}">`,
    ).join('');

    expect(alternateLinks(head(links), PAGE)).toHaveLength(10);
  });

  it('finds a link after a head of almost 2 MiB of meta tags', () => {
    const meta = '<meta name="keywords" content="badge">'.repeat(50_000);
    const html = head(`${meta}<link rel="alternate" type="application/json" href="/c">`);

    expect(html.length).toBeGreaterThan(1_900_000);
    expect(alternateLinks(html, PAGE)).toEqual(['https://issuer.example/c']);
  });
});
