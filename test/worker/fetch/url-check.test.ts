import { describe, expect, it } from 'vitest';
import { checkUrl } from '../../../src/fetch';

function codeOf(url: string) {
  const checked = checkUrl(url);
  return checked.ok ? 'ok' : checked.error.code;
}

describe('checkUrl: what may be fetched', () => {
  it('accepts a public https URL and returns it parsed', () => {
    const checked = checkUrl('https://example.org/issuers/1.json');

    expect(checked.ok).toBe(true);
    expect(checked.ok && checked.url.hostname).toBe('example.org');
  });

  it('accepts a public http URL (the fetcher upgrades it)', () => {
    expect(codeOf('http://example.org/badge.json')).toBe('ok');
  });

  it('refuses text that is not a URL as url_invalid', () => {
    const checked = checkUrl('not a url');

    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.error.code).toBe('url_invalid');
    expect(!checked.ok && checked.error.message).toBe('The link is not a valid web address.');
  });

  it.each([
    ['ftp://example.org/badge.json'],
    ['file:///etc/passwd'],
    ['data:application/json,{}'],
    ['javascript:alert(1)'],
    ['ws://example.org/'],
  ])('refuses the scheme of %s as url_forbidden', (url) => {
    expect(codeOf(url)).toBe('url_forbidden');
  });

  it.each([
    ['https://user:secret@example.org/'],
    ['https://user@example.org/'],
    ['https://:secret@example.org/'],
  ])('refuses credentials in %s', (url) => {
    const checked = checkUrl(url);

    expect(!checked.ok && checked.error.code).toBe('url_forbidden');
    expect(!checked.ok && checked.error.message).toMatch(/user name or password/);
  });
});

describe('checkUrl attacks: addresses that lead inside', () => {
  // The WHATWG URL parser reads these as 127.0.0.1; the guard must see the same address.
  it.each([
    ['https://127.0.0.1/'],
    ['https://127.1/'],
    ['https://2130706433/'],
    ['https://0x7f.1/'],
    ['https://0x7f000001/'],
    ['https://017700000001/'],
    ['https://0177.0.0.1/'],
    ['https://127.0.0.1./'],
    ['https://[::1]/'],
  ])('refuses %s as the server itself', (url) => {
    const checked = checkUrl(url);

    expect(!checked.ok && checked.error.code).toBe('url_forbidden');
    expect(!checked.ok && checked.error.message).toMatch(/^The link points to the server itself/);
  });

  it.each([
    ['https://[::ffff:127.0.0.1]/'],
    ['https://[::ffff:7f00:1]/'],
    ['https://[0:0:0:0:0:ffff:7f00:1]/'],
    ['https://[::127.0.0.1]/'],
    ['https://[64:ff9b::127.0.0.1]/'],
    ['https://[64:ff9b::10.0.0.1]/'],
    ['https://0.0.0.0/'],
    ['https://0/'],
    ['https://[::]/'],
    ['https://10.0.0.1/'],
    ['https://172.16.0.1/'],
    ['https://192.168.0.1/'],
    ['https://169.254.1.1/'],
    ['https://100.64.0.1/'],
    ['https://224.0.0.1/'],
    ['https://255.255.255.255/'],
    ['https://[fe80::1]/'],
    ['https://[fc00::1]/'],
    ['https://[fd12:3456::1]/'],
    ['https://[ff02::1]/'],
    ['https://169.254.169.254/latest/meta-data/'],
    ['http://169.254.169.254/latest/meta-data/'],
    ['https://[fd00:ec2::254]/'],
    ['https://metadata.google.internal/computeMetadata/v1/'],
    ['https://localhost/'],
    ['https://localhost./'],
    ['https://LocalHost/'],
    ['https://%6c%6f%63%61%6c%68%6f%73%74/'],
    ['https://api.localhost/'],
    ['https://printer.local/'],
    ['https://service.internal/'],
    ['https://router.home.arpa/'],
    ['https://intranet/'],
  ])('refuses %s as url_forbidden', (url) => {
    expect(codeOf(url)).toBe('url_forbidden');
  });

  it('refuses an IPv6 zone identifier as url_invalid', () => {
    expect(codeOf('https://[fe80::1%25eth0]/')).toBe('url_invalid');
  });

  it('explains a loopback refusal in a plain sentence', () => {
    const checked = checkUrl('https://2130706433/');

    expect(!checked.ok && checked.error.message).toBe(
      'The link points to the server itself, which Proofpath never contacts.',
    );
  });
});
