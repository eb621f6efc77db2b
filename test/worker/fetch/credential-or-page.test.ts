// The `credential-or-page` kind: one request that asks for a credential but takes a page too.
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createGuardedFetcher } from '../../../src/fetch';
import { acceptHeader, acceptsContentType } from '../../../src/fetch/content-types';
import { startMockWeb } from './mock-web';

const server = startMockWeb();
const LINK = 'https://issuer.example/badges/42';
const MIB = 1024 * 1024;

describe('credential-or-page content types', () => {
  it.each([
    ['application/ld+json'],
    ['application/vc+ld+json'],
    ['application/vc+jwt'],
    ['text/plain'],
    ['text/html; charset=utf-8'],
    ['application/xhtml+xml'],
  ])('accepts %s', (type) => {
    expect(acceptsContentType('credential-or-page', type)).toBe(true);
  });

  it.each([['image/png'], ['application/pdf'], ['']])('refuses %s', (type) => {
    expect(acceptsContentType('credential-or-page', type)).toBe(false);
  });

  it('asks for credential types only, never for text/html', () => {
    expect(acceptHeader('credential-or-page')).toBe(acceptHeader('credential'));
    expect(acceptHeader('credential-or-page')).not.toMatch(/html/);
  });
});

describe('fetching a link as credential-or-page', () => {
  it('takes a page up to the 2 MiB page limit', async () => {
    const page = `<html><head></head><body>${'x'.repeat(1.5 * MIB)}</body></html>`;
    server.use(http.get(LINK, () => HttpResponse.html(page)));

    const outcome = await createGuardedFetcher().fetch(LINK, { kind: 'credential-or-page' });

    expect(outcome.ok && outcome.document.contentType).toBe('text/html');
  });

  it('refuses a page over the 2 MiB page limit', async () => {
    const page = `<html><body>${'x'.repeat(2 * MIB)}</body></html>`;
    server.use(http.get(LINK, () => HttpResponse.html(page)));

    const outcome = await createGuardedFetcher().fetch(LINK, { kind: 'credential-or-page' });

    expect(outcome).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('names both in the message for a type it does not take', async () => {
    server.use(
      http.get(LINK, () => new HttpResponse('PNG', { headers: { 'content-type': 'image/png' } })),
    );

    const outcome = await createGuardedFetcher().fetch(LINK, { kind: 'credential-or-page' });

    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'content_type',
        message: 'The server sent “image/png” where a credential or a web page was expected.',
      },
    });
  });
});
