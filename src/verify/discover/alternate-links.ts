// Reads the `<link rel="alternate">` elements of a page's head that point at a JSON or JWT
// version of it, with a real HTML parser (never patterns over markup).
import { Parser } from 'htmlparser2';

/** Alternate media types that can carry a credential. */
const CREDENTIAL_TYPES = new Set([
  'application/ld+json',
  'application/json',
  'application/jwt',
  'application/vc+jwt',
  // VC Data Model 2.0 registers this one for credentials secured inside the document.
  'application/vc',
]);

/** Elements that may appear in a head; any other one starts the body (HTML "in head" mode). */
const HEAD_ELEMENTS = new Set([
  'html',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'style',
  'script',
  'noscript',
  'template',
]);

/** More are never tried (the follow-up budget is smaller); kept to bound hostile pages. */
const MAX_LINKS = 10;
const MAX_HREF_LENGTH = 2048;

type Attributes = Record<string, string>;

function isCredentialAlternate(attributes: Attributes): boolean {
  const rel = (attributes.rel ?? '').toLowerCase().split(/[\t\n\f\r ]+/);
  if (!rel.includes('alternate')) return false;

  const type = (attributes.type ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return CREDENTIAL_TYPES.has(type);
}

function resolve(href: string, base: string): string | null {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.length > MAX_HREF_LENGTH || !URL.canParse(trimmed, base)) {
    return null;
  }

  const url = new URL(trimmed, base);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

interface HeadState {
  base: string;
  baseSet: boolean;
  hrefs: string[];
  inTemplate: number;
  done: boolean;
}

function onOpenTag(state: HeadState, name: string, attributes: Attributes): void {
  if (!HEAD_ELEMENTS.has(name)) {
    state.done = true;
    return;
  }
  if (name === 'template') state.inTemplate++;
  if (state.inTemplate > 0) return;

  // HTML: the first <base href> sets the document base URL for every relative link.
  if (name === 'base' && !state.baseSet && attributes.href !== undefined) {
    state.baseSet = true;
    state.base = resolve(attributes.href, state.base) ?? state.base;
  }

  if (name !== 'link' || !isCredentialAlternate(attributes)) return;

  const href = resolve(attributes.href ?? '', state.base);
  if (href && !state.hrefs.includes(href)) state.hrefs.push(href);
  if (state.hrefs.length >= MAX_LINKS) state.done = true;
}

/**
 * The absolute URLs of the page head's alternate links to a JSON or JWT version, in document
 * order, resolved against the page's `<base href>` or else `pageUrl`. Links in the body, in
 * comments, in scripts and in templates are not read.
 */
export function alternateLinks(html: string, pageUrl: string): string[] {
  const state: HeadState = { base: pageUrl, baseSet: false, hrefs: [], inTemplate: 0, done: false };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!state.done) onOpenTag(state, name, attributes);
        if (state.done) parser.pause();
      },
      onclosetag(name) {
        if (name === 'template' && state.inTemplate > 0) state.inTemplate--;
        if (name === 'head') state.done = true;
        if (state.done) parser.pause();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  parser.write(html);
  return state.hrefs;
}
