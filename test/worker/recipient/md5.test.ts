// MD5 against the test suite of RFC 1321 (appendix A.5), for `md5$…` recipient hashes.
import { describe, expect, it } from 'vitest';
import { md5Hex } from '../../../src/verify/recipient/md5';

const RFC_1321_SUITE: [string, string][] = [
  ['', 'd41d8cd98f00b204e9800998ecf8427e'],
  ['a', '0cc175b9c0f1b6a831c399e269772661'],
  ['abc', '900150983cd24fb0d6963f7d28e17f72'],
  ['message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
  ['abcdefghijklmnopqrstuvwxyz', 'c3fcd3d76192e4007dfb496cca67e13b'],
  [
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
    'd174ab98d277d9f5a5611c2c9f419d9f',
  ],
  ['1234567890'.repeat(8), '57edf4a22be3c955ac49da2e2107b67a'],
];

describe('md5Hex', () => {
  it.each(RFC_1321_SUITE)('MD5("%s") is the RFC 1321 value', (input, digest) => {
    expect(md5Hex(input)).toBe(digest);
  });

  it('pads correctly at the 55/56-byte block boundary', () => {
    expect(md5Hex('x'.repeat(55))).toBe('04364420e25c512fd958a70738aa8f72');
    expect(md5Hex('x'.repeat(56))).toBe('668a72d5ba17f08e62dabcafad6db14b');
  });

  it('hashes text as UTF-8', () => {
    expect(md5Hex('é')).toBe(md5Hex(new Uint8Array([0xc3, 0xa9])));
  });
});
