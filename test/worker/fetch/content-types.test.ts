import { describe, expect, it } from 'vitest';
import { acceptHeader, acceptsContentType } from '../../../src/fetch/content-types';

describe('acceptsContentType', () => {
  it.each([
    ['application/json'],
    ['application/json; charset=utf-8'],
    ['Application/LD+JSON'],
    ['application/did+json'],
    ['application/did+ld+json'],
    ['application/vc+ld+json'],
    ['application/vc'],
    ['application/activity+json'],
    ['text/plain; charset=utf-8'],
  ])('json accepts %s', (type) => {
    expect(acceptsContentType('json', type)).toBe(true);
  });

  it.each([['text/html'], ['application/octet-stream'], ['application/jwt'], ['image/png'], ['']])(
    'json refuses %s',
    (type) => {
      expect(acceptsContentType('json', type)).toBe(false);
    },
  );

  it.each([
    ['application/jwt'],
    ['application/vc+jwt'],
    ['application/vc-ld+jwt'],
    ['application/vp+jwt'],
    ['text/plain'],
  ])('jwt accepts %s', (type) => {
    expect(acceptsContentType('jwt', type)).toBe(true);
  });

  it('jwt refuses application/json', () => {
    expect(acceptsContentType('jwt', 'application/json')).toBe(false);
  });

  it('credential accepts both JSON and JWT types', () => {
    expect(acceptsContentType('credential', 'application/ld+json')).toBe(true);
    expect(acceptsContentType('credential', 'application/vc+jwt')).toBe(true);
    expect(acceptsContentType('credential', 'text/html')).toBe(false);
  });

  it('html accepts text/html and application/xhtml+xml only', () => {
    expect(acceptsContentType('html', 'text/html; charset=utf-8')).toBe(true);
    expect(acceptsContentType('html', 'application/xhtml+xml')).toBe(true);
    expect(acceptsContentType('html', 'application/json')).toBe(false);
  });

  it('a missing Content-Type is refused', () => {
    expect(acceptsContentType('credential', null)).toBe(false);
  });
});

describe('acceptHeader', () => {
  it('asks for the types each kind accepts', () => {
    expect(acceptHeader('json')).toMatch(/application\/ld\+json/);
    expect(acceptHeader('jwt')).toMatch(/application\/vc\+jwt/);
    expect(acceptHeader('credential')).toMatch(/application\/json.*application\/jwt/);
    expect(acceptHeader('html')).toMatch(/^text\/html/);
  });
});
